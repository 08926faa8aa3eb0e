package io.github.whatsappstarter.webhook;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one element of {@code value.messages[]} into a {@link WhatsAppInboundMessageEvent}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class InboundMessageReader {

	private static final Log logger = LogFactory.getLog(InboundMessageReader.class);

	private static final String KNOWN_TYPES = ",text,image,document,audio,video,sticker,location,contacts,"
			+ "interactive,button,reaction,order,system,unsupported,";

	WhatsAppInboundMessageEvent read(String phoneNumberId, JsonNode message, Map<String, String> profileNames) {
		String from = JsonFields.text(message, "from");
		String type = JsonFields.text(message, "type");
		if (!KNOWN_TYPES.contains("," + type + ",")) {
			logger.debug("Inbound message of unmodelled type '" + type + "', passed on raw");
		}
		JsonNode content = message.path(type);
		String textBody = "text".equals(type) ? JsonFields.optionalText(content, "body") : null;
		String profileName = profileNames.get(from);
		if (profileName == null && profileNames.size() == 1) {
			profileName = profileNames.values().iterator().next();
		}
		return new WhatsAppInboundMessageEvent(phoneNumberId, from, JsonFields.text(message, "id"),
				JsonFields.timestamp(message, "timestamp"), type, textBody, readContext(message.get("context")),
				profileName, content, message);
	}

	private WhatsAppInboundMessageEvent.@Nullable Context readContext(@Nullable JsonNode context) {
		if (context == null || !context.isObject()) {
			return null;
		}
		return new WhatsAppInboundMessageEvent.Context(JsonFields.optionalText(context, "from"),
				JsonFields.optionalText(context, "id"), JsonFields.flag(context, "forwarded"),
				JsonFields.flag(context, "frequently_forwarded"));
	}

}
