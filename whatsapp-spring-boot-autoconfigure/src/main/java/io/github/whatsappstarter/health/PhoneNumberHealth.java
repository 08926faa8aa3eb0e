package io.github.whatsappstarter.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappstarter.management.phone.BusinessPhoneNumber;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.health.contributor.Status;

/**
 * Reads the health-relevant fields of a phone-number node answer into health details and a
 * status. {@code health_status.can_send_message} {@code BLOCKED} or a number {@code status} other
 * than {@code CONNECTED} (or {@code FLAGGED}) is {@code DOWN}; {@code LIMITED}, quality {@code RED} or
 * status {@code FLAGGED} is {@link WhatsAppHealthStatus#LIMITED}; otherwise {@code UP}. Sources:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status
 * (values AVAILABLE, LIMITED, BLOCKED and the entities' errors) and the phone-number node reference.
 */
final class PhoneNumberHealth {

	static final String[] FIELDS = { "verified_name", "quality_rating", "throughput",
			"whatsapp_business_manager_messaging_limit", "status", "health_status" };

	private static final JsonMapper json = JsonMapper.builder().build();

	private PhoneNumberHealth() {
	}

	static Map<String, Object> details(String phoneNumberId, byte[] body) {
		JsonNode root = json.readTree(body);
		BusinessPhoneNumber number = BusinessPhoneNumber.parse(root);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("phoneNumberId", phoneNumberId);
		put(details, "verifiedName", number.verifiedName());
		put(details, "qualityRating", number.qualityRatingValue());
		put(details, "throughputLevel", number.throughputLevel());
		put(details, "messagingLimit", number.messagingLimit());
		put(details, "numberStatus", number.status());
		JsonNode health = root.path("health_status");
		put(details, "canSendMessage", health.path("can_send_message"));
		List<Map<String, Object>> limitedBy = new ArrayList<>();
		for (JsonNode entity : health.path("entities")) {
			String can = entity.path("can_send_message").asString("");
			if (!can.isEmpty() && !"AVAILABLE".equals(can)) {
				limitedBy.add(entity(entity, can));
			}
		}
		if (!limitedBy.isEmpty()) {
			details.put("limitedBy", limitedBy);
		}
		return details;
	}

	static Status status(Map<String, Object> details) {
		String canSend = (String) details.get("canSendMessage");
		String numberStatus = (String) details.get("numberStatus");
		if ("BLOCKED".equals(canSend)
				|| (numberStatus != null && !"CONNECTED".equals(numberStatus) && !"FLAGGED".equals(numberStatus))) {
			return Status.DOWN;
		}
		if ("LIMITED".equals(canSend) || "RED".equals(details.get("qualityRating")) || "FLAGGED".equals(numberStatus)) {
			return WhatsAppHealthStatus.LIMITED;
		}
		return Status.UP;
	}

	private static Map<String, Object> entity(JsonNode entity, String can) {
		Map<String, Object> details = new LinkedHashMap<>();
		put(details, "entityType", entity.path("entity_type"));
		put(details, "id", entity.path("id"));
		details.put("canSendMessage", can);
		List<Map<String, Object>> errors = new ArrayList<>();
		for (JsonNode error : entity.path("errors")) {
			Map<String, Object> item = new LinkedHashMap<>();
			if (error.path("error_code").isNumber()) {
				item.put("errorCode", error.path("error_code").asInt());
			}
			put(item, "description", error.path("error_description"));
			put(item, "possibleSolution", error.path("possible_solution"));
			errors.add(item);
		}
		if (!errors.isEmpty()) {
			details.put("errors", errors);
		}
		List<String> info = new ArrayList<>();
		for (JsonNode line : entity.path("additional_info")) {
			if (line.isString()) {
				info.add(line.asString());
			}
		}
		if (!info.isEmpty()) {
			details.put("additionalInfo", info);
		}
		return details;
	}

	private static void put(Map<String, Object> details, String key, @Nullable String value) {
		if (value != null) {
			details.put(key, value);
		}
	}

	private static void put(Map<String, Object> details, String key, JsonNode value) {
		if (value.isValueNode() && !value.isNull()) {
			details.put(key, value.asString());
		}
	}

}
