package io.github.whatsappstarter.management;

import java.util.Collection;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Input checks for management calls that throw a {@link WhatsAppValidationException} naming the
 * field, so bad input fails before anything is sent.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class ManagementChecks {

	private final String subject;

	/**
	 * Creates checks for one kind of input.
	 * @param subject what is checked, e.g. {@code template}, named in the messages
	 */
	public ManagementChecks(String subject) {
		this.subject = subject;
	}

	/**
	 * Fails unless the condition holds.
	 * @param condition the condition
	 * @param field the field
	 * @param problem what is wrong when it does not hold, e.g. {@code must not be empty}
	 */
	public void check(boolean condition, String field, String problem) {
		if (!condition) {
			throw new WhatsAppValidationException(this.subject, field, problem);
		}
	}

	/**
	 * Fails unless the value has text.
	 * @param value the value
	 * @param field the field
	 * @return the value
	 */
	public String required(@Nullable String value, String field) {
		check(value != null && !value.isBlank(), field, "must not be empty");
		return value;
	}

	/**
	 * Fails unless the value is present.
	 * @param <T> the type
	 * @param value the value
	 * @param field the field
	 * @return the value
	 */
	public <T> T present(@Nullable T value, String field) {
		check(value != null, field, "must be set");
		return value;
	}

	/**
	 * Fails when the value is longer than {@code max} characters; {@code null} passes.
	 * @param value the value
	 * @param max the most characters
	 * @param field the field
	 */
	public void maxLength(@Nullable String value, int max, String field) {
		check(value == null || value.length() <= max, field,
				"must be at most " + max + " characters long (was " + ((value != null) ? value.length() : 0) + ")");
	}

	/**
	 * Fails when the collection holds more than {@code max} elements.
	 * @param values the values
	 * @param max the most elements
	 * @param field the field
	 */
	public void maxSize(Collection<?> values, int max, String field) {
		check(values.size() <= max, field, "allows at most " + max + " (was " + values.size() + ")");
	}

}
