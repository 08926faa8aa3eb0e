package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the value of a change that concerns the business account rather than one message
 * ({@code phone_number_quality_update}, {@code message_template_status_update},
 * {@code account_update}, {@code account_alerts}, {@code business_capability_update}) into its typed
 * event; any other field becomes a {@link WhatsAppWebhookChangeEvent} with the raw value. These values
 * carry no {@code metadata}; the account is {@code entry[].id}. Field names as in Meta's webhook
 * references cited on each event type.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class AccountChangeReader {

	WhatsAppWebhookEvent read(@Nullable String businessAccountId, @Nullable Instant time, String field,
			JsonNode value) {
		String account = requireAccount(businessAccountId);
		return switch (field) {
			case "phone_number_quality_update" -> new WhatsAppPhoneNumberQualityEvent(account, time,
					JsonFields.scalarText(object(value), "display_phone_number"), JsonFields.text(value, "event"),
					JsonFields.scalarText(value, "old_limit"), JsonFields.scalarText(value, "current_limit"),
					JsonFields.scalarText(value, "max_daily_conversations_per_business"), value);
			case "message_template_status_update" -> new WhatsAppTemplateStatusEvent(account, time,
					JsonFields.text(object(value), "event"), requireScalar(value, "message_template_id"),
					JsonFields.scalarText(value, "message_template_name"),
					JsonFields.scalarText(value, "message_template_language"), JsonFields.scalarText(value, "reason"),
					JsonFields.scalarText(value, "message_template_category"), value);
			case "account_update" -> new WhatsAppAccountUpdateEvent(account, time, JsonFields.text(object(value), "event"),
					value);
			case "account_alerts" -> readAlert(account, time, object(value));
			case "business_capability_update" -> new WhatsAppBusinessCapabilityEvent(account, time,
					JsonFields.scalarText(object(value), "max_daily_conversations_per_business"),
					JsonFields.scalarText(value, "max_daily_conversation_per_phone"),
					JsonFields.scalarText(value, "max_phone_numbers_per_business"),
					JsonFields.scalarText(value, "max_phone_numbers_per_waba"), value);
			default -> new WhatsAppWebhookChangeEvent(account, time,
					JsonFields.optionalText(value.get("metadata"), "phone_number_id"), field, value);
		};
	}

	private WhatsAppAccountAlertEvent readAlert(String account, @Nullable Instant time, JsonNode value) {
		JsonNode info = value.get("alert_info");
		return new WhatsAppAccountAlertEvent(account, time, JsonFields.scalarText(value, "entity_type"),
				JsonFields.scalarText(value, "entity_id"), JsonFields.scalarText(info, "alert_severity"),
				JsonFields.scalarText(info, "alert_status"), JsonFields.scalarText(info, "alert_type"),
				JsonFields.scalarText(info, "alert_description"), value);
	}

	private static String requireAccount(@Nullable String businessAccountId) {
		if (businessAccountId == null) {
			throw new WebhookPayloadException("'id' of the entry (the business account id) is missing");
		}
		return businessAccountId;
	}

	private static JsonNode object(JsonNode value) {
		if (!value.isObject()) {
			throw new WebhookPayloadException("'value' must be an object");
		}
		return value;
	}

	private static String requireScalar(JsonNode value, String name) {
		String text = JsonFields.scalarText(value, name);
		if (text == null) {
			throw new WebhookPayloadException("'" + name + "' must be a string or a number");
		}
		return text;
	}

}
