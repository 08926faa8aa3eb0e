package io.github.whatsappstarter.error;

/**
 * Thrown when a message is invalid before anything is sent: a missing or malformed recipient, an
 * over-long text, too many buttons and the like. Names the offending field.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppValidationException extends WhatsAppException {

	private final String field;

	/**
	 * Creates an exception.
	 * @param field the path of the offending field, e.g. {@code text.body}
	 * @param problem what is wrong with it
	 */
	public WhatsAppValidationException(String field, String problem) {
		super("Invalid message: " + field + " " + problem, null, 0, null, null);
		this.field = field;
	}

	/**
	 * Creates an exception for invalid input that is not a message, e.g. a template definition or
	 * a business profile update.
	 * @param subject what was invalid, e.g. {@code template}
	 * @param field the path of the offending field, e.g. {@code components[0].text}
	 * @param problem what is wrong with it
	 * @since 0.3.0
	 */
	public WhatsAppValidationException(String subject, String field, String problem) {
		super("Invalid " + subject + ": " + field + " " + problem, null, 0, null, null);
		this.field = field;
	}

	/**
	 * Returns the path of the offending field, e.g. {@code interactive.action.buttons}.
	 * @return the field
	 */
	public String getField() {
		return this.field;
	}

}
