package io.github.whatsappstarter.test.simulator;

import java.time.Instant;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook bodies in Meta's shape ({@code object: whatsapp_business_account}, entry, changes, value).
 * Users with a username and business-scoped user ids (BSUIDs) follow Meta's business-scoped user IDs page
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids):
 * {@code from_user_id} and {@code contacts[].user_id} / {@code profile.username} on inbound messages,
 * {@code recipient_user_id} instead of {@code recipient_id} on statuses of messages sent to a BSUID.
 * Account-level changes follow Meta's phone_number_quality_update and message_template_status_update
 * webhook references: {@code entry[].time}, no {@code metadata}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class WebhookPayloads {

	static final String WABA_ID = "200000000000001";

	private WebhookPayloads() {
	}

	/**
	 * A status of a sent message; {@code recipient} is the phone number digits or the BSUID the message
	 * was sent to, {@code template} chooses the pricing category, {@code username} (may be null) is
	 * added to {@code contacts[]} on delivered and read as Meta does.
	 */
	static byte[] status(String displayPhoneNumber, String phoneNumberId, String wamid, String recipient,
			boolean template, String username, String status, int... errorCodes) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = envelope(root, displayPhoneNumber, phoneNumberId);
		boolean userId = isBusinessScopedUserId(recipient);
		boolean failed = "failed".equals(status);
		if (userId && !failed) {
			ObjectNode contact = value.putArray("contacts").addObject();
			if (username != null && ("delivered".equals(status) || "read".equals(status))) {
				contact.putObject("profile").put("username", username);
			}
			contact.put("user_id", recipient);
		}
		ObjectNode item = value.putArray("statuses").addObject();
		item.put("id", wamid);
		item.put("status", status);
		item.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
		item.put(userId ? "recipient_user_id" : "recipient_id", recipient);
		if ("sent".equals(status) || "delivered".equals(status)) {
			ObjectNode pricing = item.putObject("pricing");
			pricing.put("billable", template);
			pricing.put("pricing_model", "PMP");
			pricing.put("type", template ? "regular" : "free_customer_service");
			pricing.put("category", template ? "utility" : "service");
		}
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
		return inboundText(displayPhoneNumber, phoneNumberId, from, null, null, wamid, text);
	}

	/**
	 * An inbound text; {@code from} is null for a user with a username (Meta withholds the number),
	 * {@code userId} and {@code username} may be null.
	 */
	static byte[] inboundText(String displayPhoneNumber, String phoneNumberId, String from, String userId,
			String username, String wamid, String text) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = envelope(root, displayPhoneNumber, phoneNumberId);
		ObjectNode contact = value.putArray("contacts").addObject();
		ObjectNode profile = contact.putObject("profile");
		profile.put("name", "Simulated User");
		if (username != null) {
			profile.put("username", username);
		}
		if (from != null) {
			contact.put("wa_id", from);
		}
		if (userId != null) {
			contact.put("user_id", userId);
		}
		ObjectNode message = value.putArray("messages").addObject();
		if (from != null) {
			message.put("from", from);
		}
		if (userId != null) {
			message.put("from_user_id", userId);
		}
		message.put("id", wamid);
		message.put("timestamp", Long.toString(Instant.now().getEpochSecond()));
		message.put("type", "text");
		message.putObject("text").put("body", text);
		return Json.MAPPER.writeValueAsBytes(root);
	}

	/**
	 * A {@code phone_number_quality_update}, e.g. {@code event = THROUGHPUT_UPGRADE}.
	 */
	static byte[] phoneNumberQualityUpdate(String displayPhoneNumber, String event, String currentLimit) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = accountEnvelope(root, "phone_number_quality_update");
		value.put("display_phone_number", displayPhoneNumber);
		value.put("event", event);
		if (currentLimit != null) {
			value.put("current_limit", currentLimit);
			value.put("max_daily_conversations_per_business", currentLimit);
		}
		return Json.MAPPER.writeValueAsBytes(root);
	}

	/**
	 * A {@code message_template_status_update}; Meta sends the template id as a number.
	 */
	static byte[] templateStatusUpdate(long templateId, String name, String language, String event, String reason) {
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode value = accountEnvelope(root, "message_template_status_update");
		value.put("event", event);
		value.put("message_template_id", templateId);
		value.put("message_template_name", name);
		value.put("message_template_language", language);
		value.put("reason", (reason != null) ? reason : "NONE");
		return Json.MAPPER.writeValueAsBytes(root);
	}

	static boolean isBusinessScopedUserId(String recipient) {
		return !recipient.isEmpty() && (Character.isLetter(recipient.charAt(0)) || recipient.indexOf('.') >= 0);
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

	private static ObjectNode accountEnvelope(ObjectNode root, String field) {
		root.put("object", "whatsapp_business_account");
		ObjectNode entry = root.putArray("entry").addObject();
		entry.put("id", WABA_ID);
		entry.put("time", Instant.now().getEpochSecond());
		ObjectNode change = entry.putArray("changes").addObject();
		ObjectNode value = change.putObject("value");
		change.put("field", field);
		return value;
	}

}
