package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Meta rejects the access token or the app's permissions (codes 0, 190, 10, 200-299). Never retried: the token must be refreshed.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppAuthenticationException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public WhatsAppAuthenticationException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

}
