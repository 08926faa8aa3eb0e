package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Published for each part of a verified delivery that could not be read (a malformed element, an
 * element of an unexpected shape, a change without a field name). The rest of the delivery is still
 * published and answered with 200, so Meta does not redeliver it; this event is the record of what
 * was dropped. It names where and why, never the content.
 *
 * @param businessAccountId the WhatsApp Business Account id of the entry, if it could be read
 * @param phoneNumberId the business phone number id, if it could be read
 * @param field the webhook field of the change, e.g. {@code messages}, if it could be read
 * @param path the JSON path of the skipped element, e.g. {@code $.entry[0].changes[0].value.messages[1]}
 * @param reason what is wrong with it, naming the field
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppWebhookSkippedEvent(@Nullable String businessAccountId, @Nullable String phoneNumberId,
		@Nullable String field, String path, String reason) implements WhatsAppWebhookEvent {

}
