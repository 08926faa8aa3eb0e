package io.github.whatsappstarter.health;

import org.springframework.boot.health.contributor.Status;

/**
 * Custom health statuses of the starter. None is an outage: the starter registers them with
 * HTTP 200 and orders them between {@code OUT_OF_SERVICE} and {@code UP}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppHealthStatus {

	/**
	 * The limiter runs on its node-local fallback because the shared grid failed; limits hold
	 * per node only.
	 */
	public static final Status DEGRADED = new Status("DEGRADED", "Rate-limit grid unreachable; node-local limits");

	/**
	 * Meta limits the number's messaging ({@code health_status.can_send_message} {@code LIMITED},
	 * quality {@code RED} or status {@code FLAGGED}): sends still work, someone should look.
	 */
	public static final Status LIMITED = new Status("LIMITED", "Meta limits this number's messaging");

	/**
	 * Busy: callers queue for rate-limit slots, or Meta throttles the management reads.
	 */
	public static final Status RATE_LIMITED = new Status("RATE_LIMITED", "Throttled; sends wait for their slot");

	private WhatsAppHealthStatus() {
	}

}
