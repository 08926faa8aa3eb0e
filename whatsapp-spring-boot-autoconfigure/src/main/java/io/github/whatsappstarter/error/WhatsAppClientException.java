package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when Meta rejects a request for a reason that a retry cannot fix: invalid parameters (100, 131008, 131009), an undeliverable recipient (131026), a closed service window (131047), an opted-out user (131050), a restricted account (368) and the like.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppClientException extends WhatsAppException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public WhatsAppClientException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

}
