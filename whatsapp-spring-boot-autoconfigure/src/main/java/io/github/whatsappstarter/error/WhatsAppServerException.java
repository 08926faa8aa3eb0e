package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Meta reports a failure on its side (HTTP 5xx, or codes 1, 2, 131000, 131016, 131057, 133004). Usually worth a retry with backoff.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppServerException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public WhatsAppServerException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

}
