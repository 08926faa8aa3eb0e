package io.github.whatsappstarter.ratelimit;

import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppRateLimitedException;

/**
 * Thrown by the starter's own limiter, before anything is sent, when the next free slot is
 * further away than {@code whatsapp.rate-limit.max-wait} (or at all, in fail-fast mode). No budget
 * was spent.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class RateLimitWaitExceededException extends WhatsAppRateLimitedException {

	private final String limit;

	private final Duration requiredWait;

	/**
	 * Creates an exception.
	 * @param limit which limit, {@code pair} or {@code throughput}
	 * @param phoneNumberId the business phone number id
	 * @param recipient the recipient, if the pair limit
	 * @param requiredWait how long the caller would have had to wait
	 * @param maxWait the configured maximum wait
	 */
	public RateLimitWaitExceededException(String limit, String phoneNumberId, String recipient,
			Duration requiredWait, Duration maxWait) {
		super("The " + limit + " limit of " + phoneNumberId + " to " + mask(recipient) + " needs a wait of "
				+ requiredWait.toMillis() + " ms, more than the allowed " + maxWait.toMillis() + " ms", null, 0,
				recipient, null);
		this.limit = limit;
		this.requiredWait = requiredWait;
	}

	/**
	 * Returns which limit refused: {@code pair} or {@code throughput}.
	 * @return the limit
	 */
	public String getLimit() {
		return this.limit;
	}

	/**
	 * Returns how long the caller would have had to wait for a slot.
	 * @return the wait
	 */
	public java.time.Duration getRequiredWait() {
		return this.requiredWait;
	}

}
