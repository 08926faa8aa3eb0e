package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown on Graph error 131057: the business account is in maintenance mode, e.g. for up to about
 * a minute while Meta upgrades the number's throughput
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/throughput). Retried
 * with its own, longer backoff.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class MaintenanceException extends WhatsAppServerException {

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 */
	public MaintenanceException(String message, @Nullable GraphError graphError, int httpStatus,
			@Nullable String recipient) {
		super(message, graphError, httpStatus, recipient, null);
	}

}
