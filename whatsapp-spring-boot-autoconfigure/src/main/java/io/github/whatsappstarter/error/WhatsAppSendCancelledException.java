package io.github.whatsappstarter.error;

/**
 * Thrown when a message was withdrawn before its request was written: its future was cancelled or
 * timed out by the caller, the blocking caller was interrupted, or the template was closed. Such a
 * message never reached the Cloud API. Never retried.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public class WhatsAppSendCancelledException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param reason why the message was withdrawn
	 * @param recipient the recipient
	 */
	public WhatsAppSendCancelledException(String reason, String recipient) {
		super("The message to " + mask(recipient) + " was withdrawn before it was sent: " + reason, null, 0,
				recipient, null);
	}

}
