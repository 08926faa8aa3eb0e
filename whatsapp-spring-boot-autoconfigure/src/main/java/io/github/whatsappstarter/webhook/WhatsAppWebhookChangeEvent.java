package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for a change of a webhook field this version does not type (for example
 * {@code message_template_quality_update}, {@code security} or {@code calls}): the field name and
 * the raw value, so that an application can handle new fields without waiting for a release.
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param phoneNumberId {@code value.metadata.phone_number_id}, if the value has one
 * @param field the webhook field, e.g. {@code message_template_quality_update}
 * @param value the change value as Meta sent it
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppWebhookChangeEvent(String businessAccountId, @Nullable Instant time,
		@Nullable String phoneNumberId, String field, JsonNode value) implements WhatsAppWebhookEvent {

}
