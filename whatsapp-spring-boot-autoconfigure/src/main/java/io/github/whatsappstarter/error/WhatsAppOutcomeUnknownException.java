package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the connection timed out or was reset after the request was sent, when a 5xx came
 * without a Graph error body (a gateway's answer, not Graph's) or when a 200 was unreadable: Meta
 * may or may not have accepted the message. Not retried by default, since a retry could deliver the
 * message twice.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppOutcomeUnknownException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public WhatsAppOutcomeUnknownException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

}
