package io.github.whatsappstarter.retry;

/**
 * How a failed send is treated by the retry policy; the classes of {@code cloud-api.md} §6.3.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum RetryClass {

	/**
	 * Graph error 131056: retry that pair only, after the pair window, with waits growing 4×.
	 */
	PAIR_RATE,

	/**
	 * Graph error 130429: short exponential backoff.
	 */
	THROUGHPUT,

	/**
	 * App and account call-rate limits (4, 17, 32, 613, 80007): retried once after the time Meta's
	 * usage header gives, when that fits the policy's total time; otherwise not retried.
	 */
	API_RATE_LIMIT,

	/**
	 * Graph error 131057 (maintenance, e.g. a throughput upgrade of up to about a minute): a longer
	 * backoff.
	 */
	MAINTENANCE,

	/**
	 * Meta-side failures (5xx, 131000, 131016, 133004, 2) and connect failures: backoff.
	 */
	TRANSIENT,

	/**
	 * Timeout or reset after the request was sent: retried only when duplicates are acceptable.
	 */
	OUTCOME_UNKNOWN,

	/**
	 * Everything a retry cannot fix: validation, authentication, spam, policy and recipient errors.
	 */
	NEVER

}
