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

	/**
	 * Returns the elements of an optional array, whatever their type; each caller checks its elements
	 * one by one so that one bad element does not cost the others.
	 */
	static List<JsonNode> elements(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull() || node.isMissingNode()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new WebhookPayloadException("'" + name + "' must be an array");
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

	/**
	 * Reads a string, or a number as its text (Meta sends some ids and limits as numbers).
	 */
	static @Nullable String scalarText(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue().isEmpty() ? null : node.stringValue();
		}
		return node.isNumber() ? node.asString() : null;
	}

	static @Nullable Instant optionalTimestamp(@Nullable JsonNode parent, String name) {
		JsonNode node = (parent != null) ? parent.get(name) : null;
		if (node == null || node.isNull()) {
			return null;
		}
		return timestamp(parent, name);
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
		if (node != null && node.isString()) {
			try {
				return Integer.parseInt(node.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				// falls through to the typed exception below
			}
		}
		throw new WebhookPayloadException("'" + name + "' must be an integer");
	}

	static Instant timestamp(JsonNode parent, String name) {
		JsonNode node = parent.get(name);
		try {
			if (node != null && node.isString()) {
				return Instant.ofEpochSecond(Long.parseLong(node.stringValue().trim()));
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
