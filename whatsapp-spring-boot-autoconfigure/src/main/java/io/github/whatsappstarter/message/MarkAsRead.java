package io.github.whatsappstarter.message;

/**
 * A request to mark a received message (and the earlier ones in the chat) as read, optionally
 * showing a typing indicator until the reply or 25 seconds. Not a message: it goes to the same
 * endpoint but has no recipient.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param messageId the wamid of the received message
 * @param typingIndicator whether to show a typing indicator
 */
public record MarkAsRead(String messageId, boolean typingIndicator) {

	public MarkAsRead {
		messageId = MessageChecks.text(messageId, "message_id");
	}

	/**
	 * Marks the given message as read.
	 * @param messageId the wamid of the received message
	 * @return the request
	 */
	public static MarkAsRead of(String messageId) {
		return new MarkAsRead(messageId, false);
	}

	/**
	 * Returns a copy that also shows a typing indicator.
	 * @return a new request
	 */
	public MarkAsRead withTypingIndicator() {
		return new MarkAsRead(this.messageId, true);
	}

}
