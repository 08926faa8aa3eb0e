package io.github.whatsappstarter.ratelimit;

/**
 * Read-only view of a limiter's condition, for health indicators and metrics.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface RateLimiterStatus {

	/**
	 * Returns whether the shared backend is in use or the local fallback.
	 * @return the state
	 */
	LimiterState getState();

	/**
	 * Returns the name of the configured backend, e.g. {@code hazelcast} or {@code local}.
	 * @return the backend name
	 */
	String getBackend();

	/**
	 * Returns how many nodes share the limits, as last seen by the backend.
	 * @return the node count, at least 1
	 */
	int getMemberCount();

	/**
	 * Returns how many callers (threads or scheduled async permits) wait for a slot right now.
	 * @return the number of waiting callers
	 */
	int getWaitingCallers();

	/**
	 * Returns how many times Meta answered 131056 (pair rate) since start.
	 * @return the count
	 */
	long getPairRateLimitedCount();

	/**
	 * Returns how many times Meta answered 130429 (throughput) since start.
	 * @return the count
	 */
	long getThroughputLimitedCount();

}
