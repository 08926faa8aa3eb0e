package io.github.whatsappstarter.test.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static io.github.whatsappstarter.test.simulator.MessageValidator.check;
import static io.github.whatsappstarter.test.simulator.MessageValidator.text;

/**
 * Checks the {@code components} of a template send the way the Cloud API does: header, body, button,
 * limited-time offer and carousel components, named or positional parameters, and the parameter each
 * button sub_type takes. Meta checks the values against the approved template as well; the simulator
 * knows no templates, so it checks shape and documented limits only.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class TemplateValidator {

	/** Meta's named variables; the allowed characters are an assumption shared with the library. */
	private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z0-9_]+");

	private static final Set<String> COMPONENTS = Set.of("header", "body", "button", "limited_time_offer",
			"carousel");

	private static final Set<String> HEADER_PARAMETERS = Set.of("text", "image", "video", "document", "location");

	private static final Set<String> BODY_PARAMETERS = Set.of("text", "currency", "date_time");

	private static final Set<String> BUTTONS = Set.of("quick_reply", "url", "copy_code", "flow", "catalog", "mpm");

	private static final int COUPON_CODE_MAX_LENGTH = 15;

	private TemplateValidator() {
	}

	static void validate(JsonNode components) {
		check(components.isArray(), "Param template['components'] must be an array");
		Boolean named = null;
		int copyCode = 0;
		for (int i = 0; i < components.size(); i++) {
			JsonNode component = components.get(i);
			String at = "template['components'][" + i + "]";
			String type = text(component, "type");
			check(COMPONENTS.contains(type), "Param " + at + "['type'] must be one of header, body, button, "
					+ "limited_time_offer, carousel");
			switch (type) {
				case "header" -> named = parameters(component, at, HEADER_PARAMETERS, named);
				case "body" -> named = parameters(component, at, BODY_PARAMETERS, named);
				case "button" -> copyCode += button(component, at, BUTTONS);
				case "limited_time_offer" -> limitedTimeOffer(component, at);
				default -> carousel(component.path("cards"), at + "['cards']");
			}
		}
		check(copyCode <= 1, "Param template['components'] allows one copy_code button");
	}

	private static Boolean parameters(JsonNode component, String at, Set<String> types, Boolean named) {
		JsonNode parameters = component.path("parameters");
		check(parameters.isArray() && !parameters.isEmpty(), "Param " + at + "['parameters'] is required");
		Set<String> names = new HashSet<>();
		for (int j = 0; j < parameters.size(); j++) {
			JsonNode parameter = parameters.get(j);
			String here = at + "['parameters'][" + j + "]";
			String type = text(parameter, "type");
			check(types.contains(type), "Param " + here + "['type'] must be one of " + String.join(", ", types));
			parameter(parameter, type, here);
			if (!"text".equals(type)) {
				continue;
			}
			boolean isNamed = parameter.has("parameter_name");
			check(named == null || named == isNamed, "Param " + here
					+ "['parameter_name'] must be set on all text parameters or on none (parameter_format)");
			named = isNamed;
			if (isNamed) {
				String name = text(parameter, "parameter_name");
				check(PARAMETER_NAME.matcher(name).matches(),
						"Param " + here + "['parameter_name'] must be lowercase letters, digits and underscores");
				check(names.add(name), "Param " + here + "['parameter_name'] is used twice");
			}
		}
		return named;
	}

	private static void parameter(JsonNode parameter, String type, String at) {
		switch (type) {
			case "text" -> check(!text(parameter, "text").isEmpty(), "Param " + at + "['text'] is required");
			case "currency" -> {
				JsonNode currency = parameter.path("currency");
				check(!text(currency, "fallback_value").isEmpty() && !text(currency, "code").isEmpty()
						&& currency.path("amount_1000").isIntegralNumber(),
						"Param " + at + "['currency'] needs fallback_value, code and amount_1000");
			}
			case "date_time" -> check(!text(parameter.path("date_time"), "fallback_value").isEmpty(),
					"Param " + at + "['date_time']['fallback_value'] is required");
			case "location" -> {
				JsonNode location = parameter.path("location");
				double latitude = location.path("latitude").asDouble(Double.NaN);
				double longitude = location.path("longitude").asDouble(Double.NaN);
				check(location.path("latitude").isNumber() && latitude >= -90 && latitude <= 90,
						"Param " + at + "['location']['latitude'] must be a number between -90 and 90");
				check(location.path("longitude").isNumber() && longitude >= -180 && longitude <= 180,
						"Param " + at + "['location']['longitude'] must be a number between -180 and 180");
				check(!text(location, "name").isEmpty() && !text(location, "address").isEmpty(),
						"Param " + at + "['location'] needs name and address");
			}
			default -> {
				JsonNode media = parameter.path(type);
				check(text(media, "id").isEmpty() != text(media, "link").isEmpty(),
						"Param " + at + "['" + type + "'] must have exactly one of 'id' or 'link'");
				check(!media.has("filename") || "document".equals(type),
						"Param " + at + "['" + type + "']['filename'] is only allowed on a document");
			}
		}
	}

	/** Returns 1 for a copy-code button, so the caller can count them. */
	private static int button(JsonNode component, String at, Set<String> subTypes) {
		String subType = text(component, "sub_type");
		check(subTypes.contains(subType), "Param " + at + "['sub_type'] must be one of " + String.join(", ", subTypes));
		JsonNode index = component.path("index");
		check(index.isIntegralNumber() || (index.isString() && index.asString().matches("\\d+")),
				"Param " + at + "['index'] is required");
		JsonNode parameters = component.path("parameters");
		check(parameters.isArray() && !parameters.isEmpty(), "Param " + at + "['parameters'] is required");
		check(List.of("quick_reply", "url").contains(subType) || parameters.size() == 1,
				"Param " + at + "['parameters'] must hold one parameter for a " + subType + " button");
		for (int j = 0; j < parameters.size(); j++) {
			buttonParameter(parameters.get(j), subType, at + "['parameters'][" + j + "]");
		}
		return "copy_code".equals(subType) ? 1 : 0;
	}

	private static void buttonParameter(JsonNode parameter, String subType, String at) {
		String type = text(parameter, "type");
		JsonNode action = parameter.path("action");
		switch (subType) {
			case "quick_reply" -> check("payload".equals(type) && !text(parameter, "payload").isEmpty(),
					"Param " + at + " must be a payload");
			case "url" -> check("text".equals(type) && !text(parameter, "text").isEmpty()
					&& !parameter.has("parameter_name"), "Param " + at + " must be text");
			case "copy_code" -> {
				String code = text(parameter, "coupon_code");
				check("coupon_code".equals(type) && !code.isEmpty(), "Param " + at + "['coupon_code'] is required");
				check(code.length() <= COUPON_CODE_MAX_LENGTH,
						"Param " + at + "['coupon_code'] must be at most 15 characters long");
			}
			case "flow" -> {
				check("action".equals(type) && action.isObject(), "Param " + at + "['action'] is required");
				check(!action.has("flow_token") || action.get("flow_token").isString(),
						"Param " + at + "['action']['flow_token'] must be a string");
				check(!action.has("flow_action_data") || action.get("flow_action_data").isObject(),
						"Param " + at + "['action']['flow_action_data'] must be an object");
			}
			default -> {
				check("action".equals(type) && !text(action, "thumbnail_product_retailer_id").isEmpty(),
						"Param " + at + "['action']['thumbnail_product_retailer_id'] is required");
				if ("mpm".equals(subType)) {
					sections(action.path("sections"), at + "['action']['sections']");
				}
			}
		}
	}

	private static void sections(JsonNode sections, String at) {
		check(sections.isArray() && !sections.isEmpty() && sections.size() <= 10,
				"Param " + at + " must hold 1 to 10 sections");
		int products = 0;
		for (JsonNode section : sections) {
			JsonNode items = section.path("product_items");
			check(items.isArray() && !items.isEmpty(), "Param " + at + "[]['product_items'] is required");
			check(sections.size() == 1 || !text(section, "title").isEmpty(),
					"Param " + at + "[]['title'] is required with more than one section");
			for (JsonNode item : items) {
				check(!text(item, "product_retailer_id").isEmpty(),
						"Param " + at + "[]['product_items'][]['product_retailer_id'] is required");
			}
			products += items.size();
		}
		check(products <= 30, "Param " + at + " must hold at most 30 products");
	}

	private static void limitedTimeOffer(JsonNode component, String at) {
		JsonNode expiration = component.path("parameters").path(0).path("limited_time_offer")
			.path("expiration_time_ms");
		check(expiration.isIntegralNumber() && expiration.asLong() > 0,
				"Param " + at + "['parameters'][0]['limited_time_offer']['expiration_time_ms'] is required");
	}

	private static void carousel(JsonNode cards, String at) {
		check(cards.isArray() && cards.size() >= 2 && cards.size() <= 10, "Param " + at + " must hold 2 to 10 cards");
		Set<Integer> indexes = new HashSet<>();
		for (int i = 0; i < cards.size(); i++) {
			JsonNode card = cards.get(i);
			String here = at + "[" + i + "]";
			JsonNode index = card.path("card_index");
			check(index.isIntegralNumber() && index.asInt() >= 0 && index.asInt() < cards.size()
					&& indexes.add(index.asInt()), "Param " + here + "['card_index'] must be unique, 0 to n-1");
			JsonNode components = card.path("components");
			check(components.isArray(), "Param " + here + "['components'] is required");
			boolean header = false;
			for (int j = 0; j < components.size(); j++) {
				JsonNode component = components.get(j);
				String part = here + "['components'][" + j + "]";
				switch (text(component, "type")) {
					case "header" -> {
						parameters(component, part, Set.of("image", "video"), null);
						header = true;
					}
					case "body" -> parameters(component, part, BODY_PARAMETERS, null);
					case "button" -> button(component, part, Set.of("quick_reply", "url"));
					default -> check(false, "Param " + part + "['type'] must be header, body or button");
				}
			}
			check(header, "Param " + here + " needs an image or video header");
		}
	}

}
