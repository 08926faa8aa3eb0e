package io.github.whatsappstarter.webhook;

import java.util.List;

/**
 * Published for value-level {@code errors[]} of a webhook: system errors not tied to one message,
 * such as 130429 (throughput reached).
 *
 * @param phoneNumberId the business phone number id concerned
 * @param errors the reported errors, never empty
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppWebhookErrorEvent(String phoneNumberId, List<WhatsAppWebhookError> errors)
		implements WhatsAppWebhookEvent {

	/**
	 * Creates an event, copying the error list.
	 */
	public WhatsAppWebhookErrorEvent {
		errors = List.copyOf(errors);
	}

}
