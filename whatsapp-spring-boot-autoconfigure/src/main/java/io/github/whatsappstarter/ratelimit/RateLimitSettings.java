package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * Immutable limits a {@link BucketRateLimiter} enforces: throughput per business number (with a
 * safety margin for inbound traffic Meta also counts), the pair rule, the longest acceptable wait,
 * and the cool-down after a real 130429.
 *
 * @param messagesPerSecond Meta's throughput level per number (80, 1,000 upgraded, 20 coexistence)
 * @param perNumberMessagesPerSecond overrides of the level by phone number id
 * @param safetyMargin fraction of the level kept free for traffic the limiter does not see (0..0.9)
 * @param pairInterval sustained spacing of messages to one recipient as the limiter enforces it, its
 * safety margin included (see {@link #pairSpacing(Duration, double)})
 * @param pairBurst messages to one recipient allowed in a burst
 * @param maxWait longest wait for a slot before failing; zero means fail fast
 * @param throughputCooldown pause of a number's throughput after Meta answered 130429
 * @param recoveryInterval how often a degraded limiter tries the shared backend again
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record RateLimitSettings(int messagesPerSecond, Map<String, Integer> perNumberMessagesPerSecond,
		double safetyMargin, Duration pairInterval, int pairBurst, Duration maxWait, Duration throughputCooldown,
		Duration recoveryInterval) {

	/** Meta's default throughput level of a business number, in messages per second. */
	public static final int DEFAULT_MESSAGES_PER_SECOND = 80;

	/** Default share of the throughput level kept free for inbound traffic, which Meta counts too. */
	public static final double DEFAULT_THROUGHPUT_SAFETY_MARGIN = 0.05;

	/** Meta's pair rule: one message to a recipient per this interval, sustained. */
	public static final Duration DEFAULT_PAIR_INTERVAL = Duration.ofSeconds(6);

	/**
	 * Default share of Meta's pair rate kept free, so that jitter between a granted slot and the arrival at
	 * Meta never lands two messages closer than Meta's interval: 6 s becomes 6 s ÷ 0.9 = 6.67 s. Measured: with
	 * no margin every chatty user tripped 131056 once, with this one none did (whatsapp-benchmarks, scenario 2).
	 */
	public static final double DEFAULT_PAIR_SAFETY_MARGIN = 0.1;

	/** Default burst to one recipient: Meta allows up to 45, but engaged users trip 131056 far earlier. */
	public static final int DEFAULT_PAIR_BURST = 10;

	/** Default longest wait for a slot. */
	public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);

	/** Default pause of a number's throughput after Meta still answered 130429. */
	public static final Duration DEFAULT_THROUGHPUT_COOLDOWN = Duration.ofSeconds(1);

	/** Default interval at which a degraded limiter tries the shared backend again. */
	public static final Duration DEFAULT_RECOVERY_INTERVAL = Duration.ofSeconds(1);

	/** Largest safety margin (of either limit): 0.9 leaves a tenth of Meta's rate. */
	public static final double MAX_SAFETY_MARGIN = 0.9;

	/**
	 * Validates and copies the settings.
	 */
	public RateLimitSettings {
		Assert.isTrue(messagesPerSecond > 0, "messagesPerSecond must be positive");
		Assert.isTrue(isSafetyMargin(safetyMargin), "safetyMargin must be between 0 and 0.9");
		Assert.isTrue(pairInterval != null && pairInterval.toNanos() > 0, "pairInterval must be positive");
		Assert.isTrue(pairBurst > 0, "pairBurst must be positive");
		Assert.isTrue(maxWait != null && !maxWait.isNegative(), "maxWait must not be negative");
		Assert.notNull(throughputCooldown, "throughputCooldown must not be null");
		Assert.notNull(recoveryInterval, "recoveryInterval must not be null");
		perNumberMessagesPerSecond = Map.copyOf(
				(perNumberMessagesPerSecond != null) ? perNumberMessagesPerSecond : Map.of());
	}

	/**
	 * Returns the defaults, the same as those of the {@code whatsapp.rate-limit.*} properties: Meta's 80 msg/s
	 * with a 5% margin (76/s), Meta's pair rule of 1 per 6 s with a 10% margin (spaced 6.67 s) and a burst of 10,
	 * a 30 s maximum wait, a 1 s cool-down and a 1 s recovery probe.
	 * @return the default settings
	 */
	public static RateLimitSettings defaults() {
		return new RateLimitSettings(DEFAULT_MESSAGES_PER_SECOND, Map.of(), DEFAULT_THROUGHPUT_SAFETY_MARGIN,
				pairSpacing(DEFAULT_PAIR_INTERVAL, DEFAULT_PAIR_SAFETY_MARGIN), DEFAULT_PAIR_BURST, DEFAULT_MAX_WAIT,
				DEFAULT_THROUGHPUT_COOLDOWN, DEFAULT_RECOVERY_INTERVAL);
	}

	/**
	 * Returns whether a value is a valid safety margin: from 0 (use all of Meta's rate) to
	 * {@value #MAX_SAFETY_MARGIN}.
	 * @param margin the share of Meta's rate to keep free
	 * @return whether it is valid
	 */
	public static boolean isSafetyMargin(double margin) {
		return margin >= 0 && margin <= MAX_SAFETY_MARGIN;
	}

	/**
	 * Returns the spacing that keeps a safety margin of Meta's pair rate free: a margin means the same for both
	 * limits, the share of Meta's rate left unused, so a pair gets {@code 1 - margin} of one message per interval.
	 * @param metaInterval Meta's interval between two messages to one recipient
	 * @param safetyMargin the share of the pair rate to keep free (0..0.9)
	 * @return the interval the limiter enforces, {@code metaInterval / (1 - safetyMargin)}
	 */
	public static Duration pairSpacing(Duration metaInterval, double safetyMargin) {
		Assert.isTrue(isSafetyMargin(safetyMargin), "safetyMargin must be between 0 and 0.9");
		return Duration.ofNanos(Math.round(metaInterval.toNanos() / (1.0 - safetyMargin)));
	}

	/**
	 * Returns the number of messages per second the limiter grants to a number: its level minus
	 * the safety margin, rounded down, at least 1.
	 * @param phoneNumberId the business phone number id
	 * @return the effective limit per sliding second
	 */
	public int effectiveMessagesPerSecond(String phoneNumberId) {
		return effectiveMessagesPerSecond(this.perNumberMessagesPerSecond.getOrDefault(phoneNumberId,
				this.messagesPerSecond));
	}

	/**
	 * Returns the messages per second granted for a level: the level minus the safety margin,
	 * rounded down, at least 1.
	 * @param level Meta's level in messages per second
	 * @return the effective limit per sliding second
	 */
	public int effectiveMessagesPerSecond(int level) {
		return Math.max(1, (int) Math.floor(level * (1.0 - this.safetyMargin) + 1e-9));
	}

	/**
	 * Returns a copy with another throughput level and margin.
	 * @param level messages per second
	 * @param margin the safety margin
	 * @return the new settings
	 */
	public RateLimitSettings withThroughput(int level, double margin) {
		return new RateLimitSettings(level, this.perNumberMessagesPerSecond, margin, this.pairInterval,
				this.pairBurst, this.maxWait, this.throughputCooldown, this.recoveryInterval);
	}

	/**
	 * Returns a copy with another pair rule.
	 * @param interval sustained spacing
	 * @param burst burst size
	 * @return the new settings
	 */
	public RateLimitSettings withPair(Duration interval, int burst) {
		return new RateLimitSettings(this.messagesPerSecond, this.perNumberMessagesPerSecond, this.safetyMargin,
				interval, burst, this.maxWait, this.throughputCooldown, this.recoveryInterval);
	}

	/**
	 * Returns a copy with another maximum wait ({@link Duration#ZERO} for fail-fast).
	 * @param wait the maximum wait
	 * @return the new settings
	 */
	public RateLimitSettings withMaxWait(Duration wait) {
		return new RateLimitSettings(this.messagesPerSecond, this.perNumberMessagesPerSecond, this.safetyMargin,
				this.pairInterval, this.pairBurst, wait, this.throughputCooldown, this.recoveryInterval);
	}

	/**
	 * Returns a copy with another cool-down and recovery interval.
	 * @param cooldown the cool-down after a 130429
	 * @param recovery the recovery probe interval
	 * @return the new settings
	 */
	public RateLimitSettings withTimings(Duration cooldown, Duration recovery) {
		return new RateLimitSettings(this.messagesPerSecond, this.perNumberMessagesPerSecond, this.safetyMargin,
				this.pairInterval, this.pairBurst, this.maxWait, cooldown, recovery);
	}

}
