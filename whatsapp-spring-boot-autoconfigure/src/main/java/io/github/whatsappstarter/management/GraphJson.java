package io.github.whatsappstarter.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the JSON of Graph management calls: the answer tree, text fields, list pages
 * and enum values that tolerate values Meta adds later.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class GraphJson {

	private static final JsonMapper json = JsonMapper.builder().build();

	private GraphJson() {
	}

	/**
	 * Parses an answer. A 2xx answer that is not JSON may still mean Meta did what was asked, so
	 * it is reported as {@link WhatsAppOutcomeUnknownException}.
	 * @param body the body
	 * @param call the call, for the message
	 * @return the tree
	 */
	public static JsonNode read(byte[] body, String call) {
		try {
			return json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new WhatsAppOutcomeUnknownException(
					"Graph answered " + call + " with an unreadable body; it may or may not have been applied", null,
					200, null, ex);
		}
	}

	/**
	 * Starts a JSON object.
	 * @return an empty object
	 */
	public static ObjectNode object() {
		return json.createObjectNode();
	}

	/**
	 * Writes a JSON tree.
	 * @param node the tree
	 * @return the bytes
	 */
	public static byte[] write(JsonNode node) {
		return json.writeValueAsBytes(node);
	}

	/**
	 * Reads a text field.
	 * @param node the object
	 * @param field the field name
	 * @return the text, or {@code null} when absent, null or not a value
	 */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	/**
	 * Reads an array of strings; anything else is an empty list.
	 * @param node the array
	 * @return the strings
	 */
	public static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		for (JsonNode value : node) {
			if (value.isValueNode() && !value.isNull()) {
				values.add(value.asString());
			}
		}
		return values;
	}

	/**
	 * Reads a list answer: the items of {@code data} and, when {@code paging.next} is present,
	 * the {@code paging.cursors.after} cursor.
	 * @param <T> the item type
	 * @param root the answer
	 * @param item reads one item
	 * @return the page
	 */
	public static <T> GraphPage<T> page(JsonNode root, Function<JsonNode, T> item) {
		List<T> items = new ArrayList<>();
		for (JsonNode node : root.path("data")) {
			items.add(item.apply(node));
		}
		JsonNode paging = root.path("paging");
		String after = paging.has("next") ? text(paging.path("cursors"), "after") : null;
		return new GraphPage<>(items, after);
	}

	/**
	 * Maps a value Meta sent to an enum constant by name (case-insensitive), so a value Meta added
	 * after this release becomes {@code unknown} instead of an error.
	 * @param <E> the enum type
	 * @param type the enum class
	 * @param value the value, possibly {@code null}
	 * @param unknown the constant for absent and unknown values
	 * @return the constant
	 */
	public static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String value, E unknown) {
		if (value == null || value.isBlank()) {
			return unknown;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return unknown;
		}
	}

}
