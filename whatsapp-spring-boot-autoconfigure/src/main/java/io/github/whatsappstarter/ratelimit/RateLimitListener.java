package io.github.whatsappstarter.ratelimit;

import java.time.Duration;

/**
 * Callback interface for beans that want to observe a limiter's decisions, e.g. to time waits as
 * metrics. Called on the acquiring thread, so implementations must be quick and must not throw.
 * {@code limit} is {@code "pair"} or {@code "throughput"}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface RateLimitListener {

	/**
	 * Called when a slot was reserved.
	 * @param limit which limit granted the slot
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's digits (never use it as a metric tag)
	 * @param wait how long the caller waits for the slot, zero when it was free
	 */
	default void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
	}

	/**
	 * Called when no slot could be reserved within the maximum wait.
	 * @param limit which limit refused
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's digits (never use it as a metric tag)
	 * @param requiredWait the wait that would have been needed
	 */
	default void onRejected(String limit, String phoneNumberId, String recipient, Duration requiredWait) {
	}

}
