package io.github.whatsappstarter.ratelimit;

/**
 * Whether a limiter currently uses its shared (cluster-wide) backend or a local fallback.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum LimiterState {

	/**
	 * The configured backend answers; limits hold cluster-wide.
	 */
	OK,

	/**
	 * The shared backend failed or timed out; this node limits itself to its share of the limits
	 * until the backend answers again.
	 */
	DEGRADED

}
