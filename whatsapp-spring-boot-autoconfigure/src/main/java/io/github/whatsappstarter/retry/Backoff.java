package io.github.whatsappstarter.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.util.Assert;

/**
 * An exponential backoff with jitter: the n-th retry waits {@code initial × multiplier^(n-1)},
 * capped at {@code max}, then spread by ±{@code jitter} so nodes do not retry in lock-step.
 *
 * @param initial the wait before the first retry
 * @param multiplier the growth factor per retry (≥ 1)
 * @param max the longest single wait
 * @param jitter the relative spread, 0 to 1 (0.2 = ±20%)
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record Backoff(Duration initial, double multiplier, Duration max, double jitter) {

	/**
	 * Checks the values.
	 */
	public Backoff {
		Assert.isTrue(!initial.isNegative(), "initial must not be negative");
		Assert.isTrue(multiplier >= 1, "multiplier must be at least 1");
		Assert.isTrue(max.compareTo(initial) >= 0, "max must not be shorter than initial");
		Assert.isTrue(jitter >= 0 && jitter <= 1, "jitter must be between 0 and 1");
	}

	/**
	 * Returns the wait before the given retry, without jitter.
	 * @param retry the retry number, 1 for the first retry
	 * @return the wait
	 */
	public Duration nominalDelay(int retry) {
		double millis = this.initial.toMillis() * Math.pow(this.multiplier, Math.max(0, retry - 1));
		return Duration.ofMillis((long) Math.min(millis, this.max.toMillis()));
	}

	/**
	 * Returns the wait before the given retry, with jitter applied.
	 * @param retry the retry number, 1 for the first retry
	 * @return the wait
	 */
	public Duration delay(int retry) {
		long nominal = nominalDelay(retry).toMillis();
		if (this.jitter == 0 || nominal == 0) {
			return Duration.ofMillis(nominal);
		}
		double factor = 1 + this.jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
		return Duration.ofMillis(Math.round(nominal * factor));
	}

}
