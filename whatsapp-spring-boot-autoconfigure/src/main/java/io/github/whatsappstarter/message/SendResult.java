package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What Meta answered to an accepted send: the new message's id (wamid), the recipient, the
 * WhatsApp id Meta resolved it to, and the message status. Accepted is not delivered; delivery is
 * reported by status webhooks. When bundling merged several texts into one message, they all share
 * this result and {@link #bundledCount()} says how many there were.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param messageId the wamid of the sent message
 * @param recipient the recipient as given by the caller
 * @param waId the recipient's WhatsApp id ({@code contacts[0].wa_id}), or {@code null}
 * @param messageStatus {@code accepted} or {@code held_for_quality_assessment}, or {@code null}
 * @param bundledCount how many messages were merged into this one (1 without bundling)
 */
public record SendResult(String messageId, String recipient, @Nullable String waId, @Nullable String messageStatus,
		int bundledCount) {

	/** The status Meta reports for an accepted message, assumed when it reports none. */
	public static final String ACCEPTED = "accepted";

	public SendResult {
		Assert.hasText(messageId, "messageId must not be empty");
		Assert.notNull(recipient, "recipient must not be null");
		Assert.isTrue(bundledCount >= 1, "bundledCount must be at least 1");
	}

	/**
	 * Creates the result of a single, unbundled message.
	 * @param messageId the wamid
	 * @param recipient the recipient
	 * @param waId the WhatsApp id, or {@code null}
	 * @param messageStatus the status, or {@code null}
	 * @return the result
	 */
	public static SendResult of(String messageId, String recipient, @Nullable String waId,
			@Nullable String messageStatus) {
		return new SendResult(messageId, recipient, waId, messageStatus, 1);
	}

	/**
	 * Reads Meta's success response ({@code contacts[0].wa_id}, {@code messages[0].id},
	 * {@code messages[0].message_status}); an absent status is read as {@value #ACCEPTED}.
	 * @param responseBody the response body
	 * @param recipient the recipient the message was sent to
	 * @return the result
	 * @throws IllegalStateException if the body is not JSON or has no {@code messages[0].id}
	 */
	public static SendResult parse(byte[] responseBody, String recipient) {
		return SendResponseParser.parse(responseBody, recipient);
	}

	/**
	 * Returns whether this result covers several merged messages.
	 * @return {@code true} if more than one message was merged
	 */
	public boolean bundled() {
		return this.bundledCount > 1;
	}

	/**
	 * Returns a copy recording how many messages were merged.
	 * @param count the number of merged messages, at least 1
	 * @return a new result
	 */
	public SendResult withBundledCount(int count) {
		return new SendResult(this.messageId, this.recipient, this.waId, this.messageStatus, count);
	}

}
