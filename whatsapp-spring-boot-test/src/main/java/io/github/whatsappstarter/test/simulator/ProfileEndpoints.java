package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.whatsappstarter.test.simulator.MessageValidator.check;
import static io.github.whatsappstarter.test.simulator.MessageValidator.text;

/**
 * {@code GET} and {@code POST /{version}/{phone-number-id}/whatsapp_business_profile}: one profile
 * per number, answered as {@code {"data":[{...}]}} with the requested fields and updated with Meta's
 * limits (about 1 to 139 characters, address 256, description 512, e-mail 128, two http(s) websites
 * of 256, a known vertical).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
final class ProfileEndpoints {

	static final Set<String> VERTICALS = Set.of("", "UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU",
			"ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES",
			"RETAIL", "TRAVEL", "RESTAURANT", "NOT_A_BIZ");

	private static final Set<String> FIELDS = Set.of("about", "address", "description", "email",
			"profile_picture_url", "websites", "vertical", "messaging_product");

	private static final Set<String> UPDATABLE = Set.of("messaging_product", "about", "address", "description",
			"email", "websites", "vertical", "profile_picture_handle");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Map<String, ObjectNode> profiles = new ConcurrentHashMap<>();

	byte[] get(String phoneNumberId, String fieldsParam) {
		Set<String> fields = new LinkedHashSet<>();
		String requested = (fieldsParam == null || fieldsParam.isBlank()) ? "about" : fieldsParam;
		for (String field : requested.split(",")) {
			String name = field.trim();
			check(FIELDS.contains(name),
					"Tried accessing nonexisting field (" + name + ") on node type (WhatsAppBusinessProfile)");
			fields.add(name);
		}
		ObjectNode profile = profile(phoneNumberId);
		ObjectNode root = Json.MAPPER.createObjectNode();
		ObjectNode data = root.putArray("data").addObject();
		for (String field : fields) {
			if (profile.has(field)) {
				data.set(field, profile.get(field).deepCopy());
			}
		}
		data.put("messaging_product", "whatsapp");
		return Json.MAPPER.writeValueAsBytes(root);
	}

	byte[] update(String phoneNumberId, byte[] body) {
		JsonNode request = Json.MAPPER.readTree(body);
		check(request.isObject(), "Request body must be a JSON object");
		check("whatsapp".equals(text(request, "messaging_product")),
				"Param messaging_product is required and must be 'whatsapp'");
		request.propertyNames().forEach((name) -> check(UPDATABLE.contains(name), "Param " + name + " is not supported"));
		length(request, "about", 1, 139);
		length(request, "address", 0, 256);
		length(request, "description", 0, 512);
		if (request.has("email")) {
			length(request, "email", 0, 128);
			check(EMAIL.matcher(text(request, "email")).matches(), "Param email must be a valid email address");
		}
		if (request.has("websites")) {
			JsonNode websites = request.get("websites");
			check(websites.isArray() && websites.size() <= 2, "Param websites must hold at most 2 websites");
			for (JsonNode website : websites) {
				String url = website.isString() ? website.asString() : "";
				check((url.startsWith("http://") || url.startsWith("https://")) && url.length() <= 256,
						"Param websites must be http:// or https:// URLs of at most 256 characters");
			}
		}
		if (request.has("vertical")) {
			check(VERTICALS.contains(text(request, "vertical")), "Param vertical must be one of the accepted values");
		}
		ObjectNode profile = profile(phoneNumberId);
		synchronized (profile) {
			for (String field : Set.of("about", "address", "description", "email", "websites", "vertical")) {
				if (request.has(field)) {
					profile.set(field, request.get(field).deepCopy());
				}
			}
			if (request.has("profile_picture_handle")) {
				check(!text(request, "profile_picture_handle").isEmpty(), "Param profile_picture_handle is invalid");
				profile.put("profile_picture_url",
						"https://pps.whatsapp.net/simulator/" + Integer.toHexString(text(request, "profile_picture_handle").hashCode()));
			}
		}
		return "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
	}

	/** Sets a field as stored, bypassing the checks, e.g. a vertical Meta added later. */
	void put(String phoneNumberId, String field, String value) {
		ObjectNode profile = profile(phoneNumberId);
		synchronized (profile) {
			profile.put(field, value);
		}
	}

	void clear() {
		this.profiles.clear();
	}

	private ObjectNode profile(String phoneNumberId) {
		return this.profiles.computeIfAbsent(phoneNumberId, (id) -> {
			ObjectNode profile = Json.MAPPER.createObjectNode();
			profile.put("about", "Hey there! I am using WhatsApp.");
			profile.put("vertical", "UNDEFINED");
			profile.putArray("websites");
			return profile;
		});
	}

	private static void length(JsonNode request, String field, int min, int max) {
		if (request.has(field)) {
			JsonNode value = request.get(field);
			check(value.isString() && value.asString().length() >= min && value.asString().length() <= max,
					"Param " + field + " must be " + min + " to " + max + " characters long");
		}
	}

}
