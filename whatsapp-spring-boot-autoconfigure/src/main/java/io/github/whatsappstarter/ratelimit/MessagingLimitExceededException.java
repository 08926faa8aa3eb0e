package io.github.whatsappstarter.ratelimit;

import io.github.whatsappstarter.error.WhatsAppRateLimitedException;

/**
 * Thrown before sending a business-initiated message to a new recipient when the number has
 * already reached its messaging-limit tier of unique recipients in the rolling 24 hours.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class MessagingLimitExceededException extends WhatsAppRateLimitedException {

	private final long limit;

	/**
	 * Creates an exception.
	 * @param phoneNumberId the business phone number id
	 * @param recipient the refused recipient
	 * @param limit the tier's number of unique recipients per 24 h
	 */
	public MessagingLimitExceededException(String phoneNumberId, String recipient, long limit) {
		super("The messaging limit of " + limit + " unique recipients per 24 h of " + phoneNumberId
				+ " is reached; not sending to " + mask(recipient), null, 0, recipient, null);
		this.limit = limit;
	}

	/**
	 * Returns the tier's number of unique business-initiated recipients per rolling 24 hours.
	 * @return the limit
	 */
	public long getLimit() {
		return this.limit;
	}

}
