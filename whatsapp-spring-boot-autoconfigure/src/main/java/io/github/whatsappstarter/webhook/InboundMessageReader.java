package io.github.whatsappstarter.webhook;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one element of {@code value.messages[]} into a {@link WhatsAppInboundMessageEvent}. The
 * sender is {@code from} (phone number, absent for users with a username), {@code from_user_id}
 * (BSUID) and {@code from_parent_user_id}: at least one must be present. Sender field names as
 * documented on Meta's business-scoped user IDs page and typed by the whatsapp-api-js client
 * ({@code ServerMessage}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class InboundMessageReader {

	private static final Log logger = LogFactory.getLog(InboundMessageReader.class);

	private static final String KNOWN_TYPES = ",text,image,document,audio,video,sticker,location,contacts,"
			+ "interactive,button,reaction,order,system,unsupported,request_welcome,";

	WhatsAppInboundMessageEvent read(String phoneNumberId, JsonNode message, WebhookContacts contacts) {
		if (!message.isObject()) {
			throw new WebhookPayloadException("a message must be an object");
		}
		WhatsAppUser sender = new WhatsAppUser(JsonFields.scalarText(message, "from"),
				JsonFields.optionalText(message, "from_user_id"), JsonFields.optionalText(message, "from_parent_user_id"),
				null, null);
		if (sender.key() == null) {
			throw new WebhookPayloadException("a message needs 'from' or 'from_user_id'");
		}
		String id = JsonFields.text(message, "id");
		String type = JsonFields.text(message, "type");
		if (!KNOWN_TYPES.contains("," + type + ",")) {
			logger.debug("Inbound message of unmodelled type '" + type + "', passed on raw");
		}
		JsonNode content = message.path(type);
		String textBody = "text".equals(type) ? JsonFields.optionalText(content, "body") : null;
		return new WhatsAppInboundMessageEvent(phoneNumberId, contacts.complete(sender), id,
				JsonFields.timestamp(message, "timestamp"), type, textBody, readContext(message.get("context")),
				"system".equals(type) ? readSystem(content) : null, content, message);
	}

	private WhatsAppInboundMessageEvent.@Nullable Context readContext(@Nullable JsonNode context) {
		if (context == null || !context.isObject()) {
			return null;
		}
		return new WhatsAppInboundMessageEvent.Context(JsonFields.optionalText(context, "from"),
				JsonFields.optionalText(context, "id"), JsonFields.flag(context, "forwarded"),
				JsonFields.flag(context, "frequently_forwarded"));
	}

	private WhatsAppInboundMessageEvent.@Nullable SystemChange readSystem(JsonNode system) {
		if (!system.isObject()) {
			return null;
		}
		String waId = JsonFields.scalarText(system, "wa_id");
		return new WhatsAppInboundMessageEvent.SystemChange(JsonFields.optionalText(system, "type"),
				JsonFields.optionalText(system, "body"), (waId != null) ? waId : JsonFields.scalarText(system, "new_wa_id"),
				JsonFields.optionalText(system, "user_id"), JsonFields.optionalText(system, "parent_user_id"));
	}

}
