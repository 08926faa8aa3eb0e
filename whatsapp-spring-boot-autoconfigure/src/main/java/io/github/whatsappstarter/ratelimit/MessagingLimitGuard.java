package io.github.whatsappstarter.ratelimit;

/**
 * Guards Meta's messaging limit: the number of unique recipients of business-initiated
 * (template) messages per business number in a rolling 24 hours. The template calls it for
 * template messages only, before sending.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessagingLimitGuard {

	/**
	 * Records a business-initiated message to {@code recipient}; a recipient already messaged in
	 * the window does not count again.
	 * @param phoneNumberId the business phone number id
	 * @param recipient the recipient's number
	 * @return whether this call counted the recipient (it was not in the window yet)
	 * @throws MessagingLimitExceededException if the recipient is new and the tier is full
	 * @since 0.1.0
	 */
	boolean checkAndRecord(String phoneNumberId, String recipient);

	/**
	 * Takes back a recipient that {@link #checkAndRecord} counted for a message Meta did not
	 * accept (refused, or never sent), so a failed send does not use up the tier. Not called when
	 * the outcome is unknown. The default does nothing, which only keeps the count stricter.
	 * @param phoneNumberId the business phone number id
	 * @param recipient the recipient's number
	 * @since 0.2.0
	 */
	default void release(String phoneNumberId, String recipient) {
	}

	/**
	 * A guard that lets every message through, for {@code messaging-limit.enabled=false}.
	 * @return a guard that never refuses
	 * @since 0.1.0
	 */
	static MessagingLimitGuard disabled() {
		return (phoneNumberId, recipient) -> false;
	}

}
