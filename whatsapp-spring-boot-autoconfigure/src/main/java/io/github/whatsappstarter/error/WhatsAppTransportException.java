package io.github.whatsappstarter.error;

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

}
