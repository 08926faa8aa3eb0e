package io.github.whatsappstarter.message;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * Argument checks shared by the message records; each failure names the offending field.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class MessageChecks {

	private MessageChecks() {
	}

	static String recipient(@Nullable String to) {
		return Recipients.check(to);
	}

	static <T> T notNull(@Nullable T value, String field) {
		if (value == null) {
			throw new WhatsAppValidationException(field, "must not be null");
		}
		return value;
	}

	static String text(@Nullable String value, String field) {
		String checked = notNull(value, field);
		if (checked.isBlank()) {
			throw new WhatsAppValidationException(field, "must not be blank");
		}
		return checked;
	}

	static String text(@Nullable String value, String field, int maxLength) {
		return maxLength(text(value, field), field, maxLength);
	}

	static @Nullable String optionalText(@Nullable String value, String field) {
		return (value != null) ? text(value, field) : null;
	}

	static @Nullable String optionalText(@Nullable String value, String field, int maxLength) {
		return (value != null) ? text(value, field, maxLength) : null;
	}

	static String maxLength(String value, String field, int maxLength) {
		if (value.length() > maxLength) {
			throw new WhatsAppValidationException(field,
					"must be at most " + maxLength + " characters but has " + value.length());
		}
		return value;
	}

	static <T> List<T> list(@Nullable List<T> values, String field, int min, int max) {
		notNull(values, field);
		for (T value : values) {
			notNull(value, field);
		}
		if (values.size() < min || values.size() > max) {
			throw new WhatsAppValidationException(field,
					"must have " + min + " to " + max + " entries but has " + values.size());
		}
		return List.copyOf(values);
	}

	static <V> Map<String, V> json(Map<String, V> value, String field) {
		try {
			MessageJson.MAPPER.valueToTree(value);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new WhatsAppValidationException(field, "must be writable as JSON: " + ex.getMessage());
		}
		return Collections.unmodifiableMap(value);
	}

	static @Nullable String replyTo(@Nullable String messageId) {
		return (messageId != null) ? text(messageId, "context.message_id") : null;
	}

	static @Nullable String callbackData(@Nullable String data) {
		return optionalText(data, "biz_opaque_callback_data", MessageLimits.CALLBACK_DATA_MAX_LENGTH);
	}

}
