package io.github.whatsappstarter.autoconfigure;

/**
 * Thrown at start-up when a required {@code whatsapp.*} property is missing or invalid; turned
 * into a readable report by {@link InvalidWhatsAppPropertyFailureAnalyzer}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class InvalidWhatsAppPropertyException extends IllegalStateException {

	private final String property;

	private final String problem;

	/**
	 * Creates an exception.
	 * @param property the full property name, e.g. {@code whatsapp.phone-number-id}
	 * @param problem what is wrong, e.g. {@code is not set}
	 */
	public InvalidWhatsAppPropertyException(String property, String problem) {
		super("Property '" + property + "' " + problem);
		this.property = property;
		this.problem = problem;
	}

	/**
	 * Returns the full name of the offending property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns what is wrong with the property.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

}
