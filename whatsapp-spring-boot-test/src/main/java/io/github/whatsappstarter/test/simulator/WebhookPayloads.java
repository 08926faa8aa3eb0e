package io.github.whatsappstarter.test.simulator;

import java.time.Instant;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook bodies in Meta's shape ({@code object: whatsapp_business_account}, entry, changes, value).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class WebhookPayloads {

	static final String WABA_ID = "200000000000001";

	private WebhookPayloads() {
	}

	static byte[] status(String displayPhoneNumber, String phoneNumberId, String wamid, String recipient,
			String status, int... errorCodes) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = envelope(root, displayPhoneNumber, phoneNumberId);
		ObjectNode item = value.putArray("statuses").addObject();
		item.put("id", wamid);
		item.put("status", status);
		item.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
		item.put("recipient_id", recipient);
		if (errorCodes.length > 0) {
			ArrayNode errors = item.putArray("errors");
			for (int code : errorCodes) {
				GraphError error = GraphError.of(code, "Simulated failure " + code);
				ObjectNode node = errors.addObject();
				node.put("code", code);
				node.put("title", error.title());
				node.put("message", error.title());
				node.putObject("error_data").put("details", error.details());
				node.put("href", "/documentation/business-messaging/whatsapp/support/error-codes");
			}
		}
		return Json.MAPPER.writeValueAsBytes(root);
	}

	static byte[] inboundText(String displayPhoneNumber, String phoneNumberId, String from, String wamid,
			String text) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = envelope(root, displayPhoneNumber, phoneNumberId);
		ObjectNode contact = value.putArray("contacts").addObject();
		contact.putObject("profile").put("name", "Simulated User");
		contact.put("wa_id", from);
		ObjectNode message = value.putArray("messages").addObject();
		message.put("from", from);
		message.put("id", wamid);
		message.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
		message.put("type", "text");
		message.putObject("text").put("body", text);
		return Json.MAPPER.writeValueAsBytes(root);
	}

	private static ObjectNode envelope(ObjectNode root, String displayPhoneNumber, String phoneNumberId) {
		root.put("object", "whatsapp_business_account");
		ObjectNode entry = root.putArray("entry").addObject();
		entry.put("id", WABA_ID);
		ObjectNode change = entry.putArray("changes").addObject();
		change.put("field", "messages");
		ObjectNode value = change.putObject("value");
		value.put("messaging_product", "whatsapp");
		ObjectNode metadata = value.putObject("metadata");
		metadata.put("display_phone_number", displayPhoneNumber);
		metadata.put("phone_number_id", phoneNumberId);
		return value;
	}

}
