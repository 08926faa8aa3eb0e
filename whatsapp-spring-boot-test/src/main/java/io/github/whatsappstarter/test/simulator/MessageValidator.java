package io.github.whatsappstarter.test.simulator;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks send-endpoint bodies the way the Cloud API does and names the offending field. A recipient is
 * a phone number in {@code to} or a business-scoped user id in {@code recipient}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class MessageValidator {

	static final int MAX_TEXT_LENGTH = 4096;

	/** Meta's BSUID format: country code, '.', optional 'ENT.', up to 128 alphanumerics. */
	private static final Pattern BSUID = Pattern.compile("[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}");

	private static final Set<String> MEDIA = Set.of("image", "audio", "video", "document", "sticker");

	private MessageValidator() {
	}

	/**
	 * Validate a parsed body.
	 * @param root the JSON body
	 * @return the request
	 * @throws InvalidRequestException with the details when the body is invalid
	 */
	static MessageRequest validate(JsonNode root) {
		check(root.isObject(), "Request body must be a JSON object");
		check("whatsapp".equals(text(root, "messaging_product")),
				"Param messaging_product is required and must be 'whatsapp'");
		if (root.has("status")) {
			check("read".equals(text(root, "status")), "Param status must be 'read'");
			check(!text(root, "message_id").isEmpty(), "Param message_id is required");
			return new MessageRequest(true, null, null, null, "read");
		}
		String to = text(root, "to");
		String recipient = text(root, "recipient");
		check(!to.isEmpty() || !recipient.isEmpty(), "Param to is required");
		String digits = null;
		String userId = null;
		if (!to.isEmpty()) {
			// Meta: when both are present, "to" (phone number) takes precedence over "recipient"
			digits = to.startsWith("+") ? to.substring(1) : to;
			check(!digits.isEmpty() && digits.length() <= 20 && digits.chars().allMatch(Character::isDigit),
					"Param to must be a phone number with digits only");
		}
		else {
			check(BSUID.matcher(recipient).matches(),
					"Param recipient must be a business-scoped user ID (country code, '.', alphanumerics)");
			userId = recipient;
		}
		String type = root.has("type") ? text(root, "type") : "text";
		JsonNode object = root.get(type);
		switch (type) {
			case "text" -> validateText(object);
			case "template" -> validateTemplate(object);
			case "interactive" -> validateInteractive(object);
			case "location" -> {
				requireObject(object, type);
				check(object.path("latitude").isNumber() || isNumeric(object.path("latitude")),
						"Param location['latitude'] is required");
				check(object.path("longitude").isNumber() || isNumeric(object.path("longitude")),
						"Param location['longitude'] is required");
			}
			case "contacts" -> {
				check(object != null && object.isArray() && !object.isEmpty() && object.size() <= 257,
						"Param contacts must be an array of 1 to 257 contacts");
				for (JsonNode contact : object) {
					check(!text(contact.path("name"), "formatted_name").isEmpty(),
							"Param contacts[0]['name']['formatted_name'] is required");
				}
			}
			case "reaction" -> {
				requireObject(object, type);
				check(!text(object, "message_id").isEmpty(), "Param reaction['message_id'] is required");
				check(object.has("emoji"), "Param reaction['emoji'] is required");
			}
			default -> {
				check(MEDIA.contains(type), "Param type must be one of text, template, image, audio, video, "
						+ "document, sticker, interactive, location, contacts, reaction");
				requireObject(object, type);
				boolean id = !text(object, "id").isEmpty();
				boolean link = !text(object, "link").isEmpty();
				check(id != link, "Param " + type + " must have exactly one of 'id' or 'link'");
				check(!object.has("voice") || ("audio".equals(type) && object.get("voice").isBoolean()),
						"Param " + type + "['voice'] must be a boolean on audio");
			}
		}
		return new MessageRequest(false, to.isEmpty() ? recipient : to, digits, userId, type);
	}

	private static void validateText(JsonNode object) {
		requireObject(object, "text");
		String body = text(object, "body");
		check(!body.isEmpty(), "Param text['body'] is required");
		check(body.length() <= MAX_TEXT_LENGTH, "Param text['body'] must be at most 4096 characters long");
	}

	private static void validateTemplate(JsonNode object) {
		requireObject(object, "template");
		check(!text(object, "name").isEmpty(), "Param template['name'] is required");
		check(!text(object.path("language"), "code").isEmpty(), "Param template['language']['code'] is required");
		if (object.has("components")) {
			TemplateValidator.validate(object.get("components"));
		}
	}

	private static void validateInteractive(JsonNode object) {
		InteractiveValidator.validate(object);
	}

	private static void requireObject(JsonNode object, String type) {
		check(object != null && object.isObject(), "Param " + type + " is required for type " + type);
	}

	private static boolean isNumeric(JsonNode node) {
		if (!node.isString()) {
			return false;
		}
		try {
			Double.parseDouble(node.asString());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : "";
	}

	static void check(boolean condition, String details) {
		if (!condition) {
			throw new InvalidRequestException(details);
		}
	}

	/**
	 * Thrown when a body is invalid; carries the {@code error_data.details} text.
	 */
	static final class InvalidRequestException extends RuntimeException {

		InvalidRequestException(String details) {
			super(details, null, false, false);
		}

	}

}
