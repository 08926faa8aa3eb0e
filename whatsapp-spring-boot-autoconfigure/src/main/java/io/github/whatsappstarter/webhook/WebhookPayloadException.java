package io.github.whatsappstarter.webhook;

/**
 * Thrown by {@link WebhookPayloadParser} when a webhook body is not a well-formed WhatsApp Business
 * Account payload. The message names the problem, never the body.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookPayloadException extends RuntimeException {

	/**
	 * Creates an exception.
	 * @param message what is wrong with the payload
	 */
	public WebhookPayloadException(String message) {
		super(message);
	}

}
