package io.github.whatsappstarter.client;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the request could not be delivered to the Cloud API at all (connection refused, DNS failure, TLS failure), so Meta cannot have accepted it. Safe to retry.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppTransportException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public WhatsAppTransportException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

	/**
	 * Returns the failure as a {@link WhatsAppException}: itself when it already is one, else a
	 * transport exception saying that the message could not be sent (used for unexpected failures
	 * before or between attempts, e.g. an interrupted wait).
	 * @param failure the failure
	 * @param recipient the recipient of the message
	 * @return the typed failure
	 */
	static WhatsAppException typed(Throwable failure, String recipient) {
		if (failure instanceof WhatsAppException typed) {
			return typed;
		}
		return new WhatsAppTransportException("The message to " + mask(recipient) + " could not be sent: " + failure,
				null, 0, recipient, failure);
	}

}
