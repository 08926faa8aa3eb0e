package io.github.whatsappstarter.test.simulator;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * Answers {@code GET /{version}/{phone-number-id}?fields=...} with the requested phone-number fields.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class PhoneNumberFields {

	static final Set<String> KNOWN = Set.of("id", "verified_name", "display_phone_number", "quality_rating", "status",
			"throughput", "whatsapp_business_manager_messaging_limit", "health_status", "platform_type", "name_status",
			"code_verification_status", "messaging_limit_tier");

	private static final String DEFAULT_FIELDS = "verified_name,display_phone_number,quality_rating,id";

	private PhoneNumberFields() {
	}

	/**
	 * Build the answer.
	 * @param config the simulator config
	 * @param limits the current limits
	 * @param number the number's current state
	 * @param id the phone-number id
	 * @param fieldsParam the {@code fields} query value, may be null
	 * @return the JSON body
	 * @throws MessageValidator.InvalidRequestException for an unknown field
	 */
	static byte[] answer(SimulatorConfig config, Limits limits, NumberState number, String id, String fieldsParam) {
		return Json.MAPPER.writeValueAsBytes(node(config, limits, number, id, fieldsParam));
	}

	/**
	 * Build the node of one number, as the fields read and the account's number list answer it.
	 * @throws MessageValidator.InvalidRequestException for an unknown field
	 */
	static ObjectNode node(SimulatorConfig config, Limits limits, NumberState number, String id, String fieldsParam) {
		Set<String> fields = new LinkedHashSet<>();
		for (String field : ((fieldsParam == null || fieldsParam.isBlank()) ? DEFAULT_FIELDS : fieldsParam)
			.split(",")) {
			String name = field.trim();
			if (!KNOWN.contains(name)) {
				throw new MessageValidator.InvalidRequestException(
						"Tried accessing nonexisting field (" + name + ") on node type (WhatsAppBusinessPhoneNumber)");
			}
			fields.add(name);
		}
		fields.add("id");
		ObjectNode root = Json.MAPPER.createObjectNode();
		for (String field : fields) {
			switch (field) {
				case "verified_name" -> root.put(field, config.verifiedName);
				case "display_phone_number" -> root.put(field, id.equals(config.phoneNumberId) ? config.displayPhoneNumber
						: "1555" + id.substring(Math.max(0, id.length() - 7)));
				case "name_status" -> root.put(field, "APPROVED");
				case "code_verification_status" -> root.put(field, "VERIFIED");
				case "messaging_limit_tier" -> root.put(field, config.messagingLimitName);
				case "quality_rating" -> root.put(field, number.qualityRating());
				case "status" -> root.put(field, number.status());
				case "platform_type" -> root.put(field, "CLOUD_API");
				case "throughput" -> root.putObject(field).put("level", number.throughputLevel(limits));
				case "whatsapp_business_manager_messaging_limit" -> root.put(field, config.messagingLimitName);
				case "health_status" -> healthStatus(root.putObject(field), id, number.canSendMessage());
				default -> root.put("id", id);
			}
		}
		return root;
	}

	private static void healthStatus(ObjectNode health, String id, String canSendMessage) {
		health.put("can_send_message", canSendMessage);
		var entities = health.putArray("entities");
		String[][] list = { { "PHONE_NUMBER", id }, { "WABA", WebhookPayloads.WABA_ID },
				{ "BUSINESS", "300000000000001" }, { "APP", "400000000000001" } };
		for (String[] entity : list) {
			ObjectNode node = entities.addObject();
			node.put("entity_type", entity[0]);
			node.put("id", entity[1]);
			boolean number = "PHONE_NUMBER".equals(entity[0]);
			node.put("can_send_message", number ? canSendMessage : "AVAILABLE");
			if (number && "LIMITED".equals(canSendMessage)) {
				node.putArray("additional_info")
					.add("Your phone number's quality rating is low; messaging may be limited.");
			}
			if (number && "BLOCKED".equals(canSendMessage)) {
				ObjectNode error = node.putArray("errors").addObject();
				error.put("error_code", 141010);
				error.put("error_description", "The phone number is not registered or is restricted.");
				error.put("possible_solution", "Register the number or check its status in WhatsApp Manager.");
			}
		}
	}

}
