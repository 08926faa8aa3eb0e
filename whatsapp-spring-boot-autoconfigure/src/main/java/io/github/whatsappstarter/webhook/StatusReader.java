package io.github.whatsappstarter.webhook;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one element of {@code value.statuses[]} into a {@link WhatsAppStatusEvent}. The recipient is
 * {@code recipient_id} (omitted for messages sent to a BSUID), {@code recipient_user_id} (present for
 * messages sent to a BSUID) and the parent BSUID, completed from {@code value.contacts[]}. Field
 * names from Meta's status webhook reference and business-scoped user IDs page; Meta's spelling of
 * the parent field differs between sources ({@code recipient_parent_user_id} in partner guides,
 * {@code parent_recipient_user_id} in the whatsapp-api-js client), so both are read.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class StatusReader {

	private static final Log logger = LogFactory.getLog(StatusReader.class);

	WhatsAppStatusEvent read(String phoneNumberId, JsonNode status, WebhookContacts contacts) {
		if (!status.isObject()) {
			throw new WebhookPayloadException("a status must be an object");
		}
		String id = JsonFields.text(status, "id");
		MessageStatus messageStatus = MessageStatus.from(JsonFields.text(status, "status"));
		if (messageStatus == MessageStatus.UNKNOWN) {
			logger.debug("Unknown webhook status '" + JsonFields.optionalText(status, "status") + "'");
		}
		String parent = JsonFields.optionalText(status, "recipient_parent_user_id");
		WhatsAppUser recipient = new WhatsAppUser(JsonFields.scalarText(status, "recipient_id"),
				JsonFields.optionalText(status, "recipient_user_id"),
				(parent != null) ? parent : JsonFields.optionalText(status, "parent_recipient_user_id"), null, null);
		JsonNode pricing = status.get("pricing");
		return new WhatsAppStatusEvent(phoneNumberId, id, messageStatus, JsonFields.timestamp(status, "timestamp"),
				contacts.complete(recipient), readErrors(status.get("errors")),
				JsonFields.optionalText(status, "biz_opaque_callback_data"),
				(pricing != null && pricing.isObject()) ? pricing : null, false, status);
	}

	/**
	 * Reads an {@code errors[]} array; an error without an integer {@code code} (a number or a numeric
	 * string) fails the element it belongs to.
	 */
	static List<WhatsAppWebhookError> readErrors(@Nullable JsonNode errors) {
		List<WhatsAppWebhookError> result = new ArrayList<>();
		if (errors == null || errors.isNull()) {
			return result;
		}
		if (!errors.isArray()) {
			throw new WebhookPayloadException("'errors' must be an array");
		}
		for (JsonNode error : errors.values()) {
			if (!error.isObject()) {
				throw new WebhookPayloadException("elements of 'errors' must be objects");
			}
			result.add(new WhatsAppWebhookError(JsonFields.integer(error, "code"), JsonFields.optionalText(error, "title"),
					JsonFields.optionalText(error, "message"),
					JsonFields.optionalText(error.get("error_data"), "details"), JsonFields.optionalText(error, "href")));
		}
		return result;
	}

}
