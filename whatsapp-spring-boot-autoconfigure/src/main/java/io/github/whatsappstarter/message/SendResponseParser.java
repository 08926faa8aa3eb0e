package io.github.whatsappstarter.message;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads Meta's success response to a send. A body that is not JSON or lacks
 * {@code messages[0].id} fails with {@link IllegalStateException}: the message may or may not
 * have been accepted, which the caller has to report as such.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SendResponseParser {

	private SendResponseParser() {
	}

	static SendResult parse(byte[] body, String recipient) {
		JsonNode root;
		try {
			root = MessageJson.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Malformed send response: not JSON", ex);
		}
		JsonNode message = root.path("messages").path(0);
		JsonNode id = message.path("id");
		if (!id.isString() || id.stringValue().isBlank()) {
			throw new IllegalStateException("Malformed send response: no messages[0].id");
		}
		JsonNode waId = root.path("contacts").path(0).path("wa_id");
		JsonNode status = message.path("message_status");
		return SendResult.of(id.stringValue(), recipient, waId.isString() ? waId.stringValue() : null,
				status.isString() ? status.stringValue() : SendResult.ACCEPTED);
	}

}
