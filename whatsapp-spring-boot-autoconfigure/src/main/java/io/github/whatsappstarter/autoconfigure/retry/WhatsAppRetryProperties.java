package io.github.whatsappstarter.autoconfigure.retry;

import java.time.Duration;

import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for retrying failed sends ({@code whatsapp.retry.*}). Which failures
 * are retried is fixed by their Graph error code (see the README); these properties set how often
 * and how patiently. Their defaults are the library's ({@link WhatsAppRetryPolicy}'s {@code DEFAULT_*}
 * constants), listed for the IDE in {@code additional-spring-configuration-metadata.json}, which a test
 * compares with the constants.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties("whatsapp.retry")
public class WhatsAppRetryProperties {

	/**
	 * Whether failed sends are retried.
	 */
	private boolean enabled = true;

	/**
	 * Most attempts per message, counting the first call: 5 means one call and up to four retries.
	 */
	private int maxAttempts = WhatsAppRetryPolicy.DEFAULT_MAX_ATTEMPTS;

	/**
	 * No retry starts once this much time has passed since the first attempt.
	 */
	private Duration maxTotalTime = WhatsAppRetryPolicy.DEFAULT_MAX_TOTAL_TIME;

	/**
	 * Whether a timeout or connection reset after the request was sent, or a 5xx without a Graph
	 * error body, is retried. Off by default: Meta may have accepted the message, so a retry could
	 * deliver it twice.
	 */
	private boolean retryOutcomeUnknown = false;

	/**
	 * Backoff after error 131056 (pair rate): Meta advises waits of 1, 4, 16, 64 s.
	 */
	private final BackoffProperties pairRate = BackoffProperties.of(WhatsAppRetryPolicy.DEFAULT_PAIR_RATE);

	/**
	 * Backoff after error 130429 (throughput). App and account rate limits (4, 17, 32, 613, 80007)
	 * wait the time Meta's usage header gives instead.
	 */
	private final BackoffProperties throughput = BackoffProperties.of(WhatsAppRetryPolicy.DEFAULT_THROUGHPUT);

	/**
	 * Backoff after server-side failures (5xx, 131000, 131016, 133004, 2) and connect failures.
	 */
	private final BackoffProperties transientFailure = BackoffProperties
		.of(WhatsAppRetryPolicy.DEFAULT_TRANSIENT_FAILURE);

	/**
	 * Backoff after error 131057 (maintenance): Meta says a throughput upgrade keeps the number
	 * unusable for up to about a minute and documents no wait for other maintenance.
	 */
	private final BackoffProperties maintenance = BackoffProperties.of(WhatsAppRetryPolicy.DEFAULT_MAINTENANCE);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	public Duration getMaxTotalTime() {
		return this.maxTotalTime;
	}

	public void setMaxTotalTime(Duration maxTotalTime) {
		this.maxTotalTime = maxTotalTime;
	}

	public boolean isRetryOutcomeUnknown() {
		return this.retryOutcomeUnknown;
	}

	public void setRetryOutcomeUnknown(boolean retryOutcomeUnknown) {
		this.retryOutcomeUnknown = retryOutcomeUnknown;
	}

	public BackoffProperties getPairRate() {
		return this.pairRate;
	}

	public BackoffProperties getThroughput() {
		return this.throughput;
	}

	public BackoffProperties getTransientFailure() {
		return this.transientFailure;
	}

	public BackoffProperties getMaintenance() {
		return this.maintenance;
	}

	/**
	 * Builds the policy these properties describe.
	 * @return the policy
	 */
	public WhatsAppRetryPolicy toPolicy() {
		return new WhatsAppRetryPolicy(this.maxAttempts, this.maxTotalTime, this.pairRate.toBackoff(),
				this.throughput.toBackoff(), this.transientFailure.toBackoff(), this.retryOutcomeUnknown,
				this.maintenance.toBackoff());
	}

	/**
	 * Exponential backoff settings for one class of failure. Each group starts from its library
	 * default ({@link WhatsAppRetryPolicy}'s {@code DEFAULT_*} backoffs); the values are listed in
	 * {@code additional-spring-configuration-metadata.json}.
	 */
	public static class BackoffProperties {

		/**
		 * Wait before the first retry.
		 */
		private Duration initial;

		/**
		 * Growth factor of the wait per retry.
		 */
		private double multiplier;

		/**
		 * Longest single wait.
		 */
		private Duration max;

		/**
		 * Relative random spread of each wait (0.2 = ±20%), so nodes do not retry in lock-step.
		 */
		private double jitter;

		private BackoffProperties(Backoff defaults) {
			this.initial = defaults.initial();
			this.multiplier = defaults.multiplier();
			this.max = defaults.max();
			this.jitter = defaults.jitter();
		}

		static BackoffProperties of(Backoff defaults) {
			return new BackoffProperties(defaults);
		}

		public Duration getInitial() {
			return this.initial;
		}

		public void setInitial(Duration initial) {
			this.initial = initial;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMax() {
			return this.max;
		}

		public void setMax(Duration max) {
			this.max = max;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

		Backoff toBackoff() {
			return new Backoff(this.initial, this.multiplier, this.max, this.jitter);
		}

	}

}
