package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown on Graph error 130429: the business number's messages-per-second throughput was reached.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class ThroughputLimitException extends WhatsAppRateLimitedException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param cause the cause, if any
	 */
	public ThroughputLimitException(String message, @Nullable GraphError graphError, int httpStatus, @Nullable String recipient,
			@Nullable Throwable cause) {
		super(message, graphError, httpStatus, recipient, cause);
	}

}
