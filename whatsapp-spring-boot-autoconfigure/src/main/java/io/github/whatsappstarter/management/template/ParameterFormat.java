package io.github.whatsappstarter.management.template;

/**
 * How a template's placeholders are written: {@code {{1}}}, {@code {{2}}} or {@code {{name}}}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum ParameterFormat {

	/** Numbered placeholders, {@code {{1}}} to {@code {{n}}}, with examples in that order. */
	POSITIONAL,

	/** Named placeholders such as {@code {{first_name}}}, with an example per name. */
	NAMED

}
