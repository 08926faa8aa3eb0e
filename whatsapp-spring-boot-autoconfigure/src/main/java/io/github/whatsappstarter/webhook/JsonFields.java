package io.github.whatsappstarter.webhook;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Null-safe, exception-free readers for the fields of a webhook tree: a wrong shape becomes a
 * {@link WebhookPayloadException} naming the field, never a Jackson coercion error.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class JsonFields {

	private JsonFields() {
	}

	static JsonNode object(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || !node.isObject()) {
			throw new WebhookPayloadException("'" + name + "' must be an object");
		}
		return node;
	}

	static List<JsonNode> array(JsonNode parent, String name, boolean required) {
		JsonNode node = parent.get(name);
		if (node == null || node.isNull()) {
			if (required) {
				throw new WebhookPayloadException("'" + name + "' is missing");
			}
			return List.of();
		}
		if (!node.isArray()) {
			throw new WebhookPayloadException("'" + name + "' must be an array");
		}
		for (JsonNode element : node.values()) {
			if (!element.isObject()) {
				throw new WebhookPayloadException("elements of '" + name + "' must be objects");
			}
		}
		return List.copyOf(node.values());
	}

	static String text(JsonNode parent, String name) {
		String value = optionalText(parent, name);
		if (value == null || value.isEmpty()) {
			throw new WebhookPayloadException("'" + name + "' must be a non-empty string");
		}
		return value;
	}

	static @Nullable String optionalText(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	static boolean flag(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		return node != null && node.isBoolean() && node.booleanValue();
	}

	static int integer(JsonNode parent, String name) {
		JsonNode node = parent.get(name);
		if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
			return node.intValue();
		}
		throw new WebhookPayloadException("'" + name + "' must be an integer");
	}

	static Instant timestamp(JsonNode parent, String name) {
		JsonNode node = parent.get(name);
		try {
			if (node != null && node.isString()) {
				return Instant.ofEpochSecond(Long.parseLong(node.stringValue()));
			}
			if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
				return Instant.ofEpochSecond(node.longValue());
			}
		}
		catch (NumberFormatException | DateTimeException ex) {
			// falls through to the typed exception below
		}
		throw new WebhookPayloadException("'" + name + "' must be unix seconds");
	}

}
