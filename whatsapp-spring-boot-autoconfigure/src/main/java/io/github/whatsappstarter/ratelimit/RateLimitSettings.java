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
 * @param pairInterval sustained spacing of messages to one recipient
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

	/**
	 * Validates and copies the settings.
	 */
	public RateLimitSettings {
		Assert.isTrue(messagesPerSecond > 0, "messagesPerSecond must be positive");
		Assert.isTrue(safetyMargin >= 0 && safetyMargin <= 0.9, "safetyMargin must be between 0 and 0.9");
		Assert.isTrue(pairInterval != null && pairInterval.toNanos() > 0, "pairInterval must be positive");
		Assert.isTrue(pairBurst > 0, "pairBurst must be positive");
		Assert.isTrue(maxWait != null && !maxWait.isNegative(), "maxWait must not be negative");
		Assert.notNull(throughputCooldown, "throughputCooldown must not be null");
		Assert.notNull(recoveryInterval, "recoveryInterval must not be null");
		perNumberMessagesPerSecond = Map.copyOf(
				(perNumberMessagesPerSecond != null) ? perNumberMessagesPerSecond : Map.of());
	}

	/**
	 * Returns Meta's defaults: 80 msg/s with a 5% margin, pair 1 per 6 s with a burst of 10, a
	 * 30 s maximum wait, a 1 s cool-down and a 1 s recovery probe.
	 * @return the default settings
	 */
	public static RateLimitSettings defaults() {
		return new RateLimitSettings(80, Map.of(), 0.05, Duration.ofSeconds(6), 10, Duration.ofSeconds(30),
				Duration.ofSeconds(1), Duration.ofSeconds(1));
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
