package io.github.whatsappstarter.test.simulator;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import static io.github.whatsappstarter.test.simulator.MessageValidator.check;
import static io.github.whatsappstarter.test.simulator.MessageValidator.text;

/**
 * Checks the {@code interactive} object of a send the way the Cloud API does, per interactive type: reply
 * buttons, list, call-to-action URL, WhatsApp Flows ({@code flow}), location request
 * ({@code location_request_message}), address ({@code address_message}, India and Singapore), single and
 * multi-product ({@code product}, {@code product_list}) and catalog ({@code catalog_message}) messages.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class InteractiveValidator {

	static final Set<String> TYPES = Set.of("button", "list", "cta_url", "flow", "location_request_message",
			"address_message", "product", "product_list", "catalog_message");

	private static final Set<String> ADDRESS_COUNTRIES = Set.of("IN", "SG");

	private InteractiveValidator() {
	}

	static void validate(JsonNode object) {
		check(object != null && object.isObject(), "Param interactive is required for type interactive");
		String kind = text(object, "type");
		check(TYPES.contains(kind), "Param interactive['type'] must be one of " + String.join(", ", TYPES.stream()
			.sorted()
			.toList()));
		JsonNode action = object.path("action");
		check(action.isObject(), "Param interactive['action'] is required");
		boolean hasBody = !text(object.path("body"), "text").isEmpty();
		// Meta: the body is optional only on a single-product message
		check(hasBody || "product".equals(kind), "Param interactive['body']['text'] is required");
		check(text(object.path("body"), "text").length() <= 1024,
				"Param interactive['body']['text'] must be at most 1024 characters long");
		check(text(object.path("footer"), "text").length() <= 60,
				"Param interactive['footer']['text'] must be at most 60 characters long");
		switch (kind) {
			case "button" -> {
				JsonNode buttons = action.path("buttons");
				check(buttons.isArray() && buttons.size() >= 1 && buttons.size() <= 3,
						"Param interactive['action']['buttons'] must hold 1 to 3 buttons");
			}
			case "list" -> check(action.path("sections").isArray(),
					"Param interactive['action']['sections'] is required");
			case "flow" -> flow(action);
			case "location_request_message" -> check("send_location".equals(text(action, "name")),
					"Param interactive['action']['name'] must be 'send_location'");
			case "address_message" -> {
				check("address_message".equals(text(action, "name")),
						"Param interactive['action']['name'] must be 'address_message'");
				check(ADDRESS_COUNTRIES.contains(text(action.path("parameters"), "country")),
						"Param interactive['action']['parameters']['country'] must be IN or SG");
			}
			case "product" -> {
				check(!object.has("header"), "Param interactive['header'] is not supported for type product");
				check(!text(action, "catalog_id").isEmpty(), "Param interactive['action']['catalog_id'] is required");
				check(!text(action, "product_retailer_id").isEmpty(),
						"Param interactive['action']['product_retailer_id'] is required");
			}
			case "product_list" -> productList(object, action);
			case "catalog_message" -> check("catalog_message".equals(text(action, "name")),
					"Param interactive['action']['name'] must be 'catalog_message'");
			default -> {
				// cta_url: body and action checked above
			}
		}
	}

	private static void flow(JsonNode action) {
		check("flow".equals(text(action, "name")), "Param interactive['action']['name'] must be 'flow'");
		JsonNode parameters = action.path("parameters");
		check(parameters.isObject(), "Param interactive['action']['parameters'] is required");
		check("3".equals(text(parameters, "flow_message_version")),
				"Param interactive['action']['parameters']['flow_message_version'] must be '3'");
		boolean id = !text(parameters, "flow_id").isEmpty();
		boolean name = !text(parameters, "flow_name").isEmpty();
		check(id != name, "Param interactive['action']['parameters'] must have exactly one of flow_id or flow_name");
		String cta = text(parameters, "flow_cta");
		check(!cta.isEmpty() && cta.length() <= 20,
				"Param interactive['action']['parameters']['flow_cta'] is required, at most 20 characters");
		String mode = parameters.has("mode") ? text(parameters, "mode") : "published";
		check(mode.equals("draft") || mode.equals("published"),
				"Param interactive['action']['parameters']['mode'] must be draft or published");
		String flowAction = parameters.has("flow_action") ? text(parameters, "flow_action") : "navigate";
		check(flowAction.equals("navigate") || flowAction.equals("data_exchange"),
				"Param interactive['action']['parameters']['flow_action'] must be navigate or data_exchange");
		JsonNode payload = parameters.path("flow_action_payload");
		if (flowAction.equals("navigate")) {
			check(!text(payload, "screen").isEmpty(),
					"Param interactive['action']['parameters']['flow_action_payload']['screen'] is required");
			check(!payload.has("data") || (payload.get("data").isObject() && !payload.get("data").isEmpty()),
					"Param interactive['action']['parameters']['flow_action_payload']['data'] must be a non-empty object");
		}
		else {
			check(payload.isMissingNode(),
					"Param interactive['action']['parameters']['flow_action_payload'] must be omitted for data_exchange");
		}
	}

	private static void productList(JsonNode object, JsonNode action) {
		check("text".equals(text(object.path("header"), "type")) && !text(object.path("header"), "text").isEmpty(),
				"Param interactive['header'] is required for type product_list and must be a text header");
		check(!text(action, "catalog_id").isEmpty(), "Param interactive['action']['catalog_id'] is required");
		JsonNode sections = action.path("sections");
		check(sections.isArray() && sections.size() >= 1 && sections.size() <= 10,
				"Param interactive['action']['sections'] must hold 1 to 10 sections");
		int products = 0;
		for (JsonNode section : sections) {
			check(sections.size() == 1 || !text(section, "title").isEmpty(),
					"Param interactive['action']['sections'][]['title'] is required with more than one section");
			JsonNode items = section.path("product_items");
			check(items.isArray() && !items.isEmpty(),
					"Param interactive['action']['sections'][]['product_items'] must hold at least one product");
			for (JsonNode item : items) {
				check(!text(item, "product_retailer_id").isEmpty(),
						"Param interactive['action']['sections'][]['product_items'][]['product_retailer_id'] is required");
				products++;
			}
		}
		check(products <= 30, "Param interactive['action']['sections'] must hold at most 30 products in total");
	}

}
