package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for a {@code message_template_status_update} change: a template was approved, rejected,
 * paused, disabled, archived or unarchived. Field names from Meta's message_template_status_update
 * webhook reference
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update).
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param event the new status, e.g. {@code APPROVED}, {@code REJECTED}, {@code PAUSED}, {@code DISABLED}
 * @param templateId the template id ({@code message_template_id}; Meta sends a number, kept as text)
 * @param templateName the template name ({@code message_template_name}), if present
 * @param language the template language and locale ({@code message_template_language}), if present
 * @param reason the reason, e.g. {@code NONE} or a rejection reason, if present
 * @param category the template category ({@code message_template_category}), if present
 * @param raw the whole change value, including {@code disable_info}, {@code other_info} and
 * {@code rejection_info}
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppTemplateStatusEvent(String businessAccountId, @Nullable Instant time, String event,
		String templateId, @Nullable String templateName, @Nullable String language, @Nullable String reason,
		@Nullable String category, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Always {@code null}: templates belong to the business account, not to a phone number.
	 * @return {@code null}
	 */
	@Override
	public @Nullable String phoneNumberId() {
		return null;
	}

}
