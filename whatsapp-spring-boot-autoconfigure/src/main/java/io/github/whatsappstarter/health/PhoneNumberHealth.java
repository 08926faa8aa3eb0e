package io.github.whatsappstarter.health;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the health-relevant fields of a phone-number node answer into health details.
 */
final class PhoneNumberHealth {

	static final String[] FIELDS = { "verified_name", "quality_rating", "throughput",
			"whatsapp_business_manager_messaging_limit", "status" };

	private static final JsonMapper json = JsonMapper.builder().build();

	private PhoneNumberHealth() {
	}

	static Map<String, Object> details(String phoneNumberId, byte[] body) {
		JsonNode root = json.readTree(body);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("phoneNumberId", phoneNumberId);
		put(details, "verifiedName", root.path("verified_name"));
		put(details, "qualityRating", root.path("quality_rating"));
		put(details, "throughputLevel", root.path("throughput").path("level"));
		put(details, "messagingLimit", root.path("whatsapp_business_manager_messaging_limit"));
		put(details, "numberStatus", root.path("status"));
		return details;
	}

	private static void put(Map<String, Object> details, String key, JsonNode value) {
		if (value.isValueNode() && !value.isNull()) {
			details.put(key, value.asString());
		}
	}

}
