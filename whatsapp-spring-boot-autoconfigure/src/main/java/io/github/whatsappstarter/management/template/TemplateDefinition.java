package io.github.whatsappstarter.management.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A template to create ({@code POST /{waba-id}/message_templates}): name, language, category,
 * parameter format and the header, body, footer and buttons components with their examples.
 * {@link Builder#build()} checks it against Meta's rules and throws a
 * {@link io.github.whatsappstarter.error.WhatsAppValidationException} naming the field, so an
 * invalid template never reaches Meta. Authentication templates' one-time-password buttons are not
 * modelled.
 *
 * @param name the name: lowercase letters, digits and underscores, at most 512 characters
 * @param language the language code, e.g. {@code en_US}
 * @param category the category
 * @param parameterFormat how the placeholders are written
 * @param header the header, if any
 * @param body the body text, at most 1,024 characters
 * @param bodyExamples the examples of the body's placeholders, by position ({@code "1"}, {@code "2"},
 * ...) or by name, in order
 * @param footer the footer text, if any
 * @param buttons the buttons
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record TemplateDefinition(String name, String language, TemplateCategory category,
		ParameterFormat parameterFormat, @Nullable TemplateHeader header, String body, Map<String, String> bodyExamples,
		@Nullable String footer, List<TemplateButtonDefinition> buttons) {

	/**
	 * Creates a definition; use {@link #builder(String, String, TemplateCategory)}, which checks it.
	 * @param name the name
	 * @param language the language code
	 * @param category the category
	 * @param parameterFormat the parameter format
	 * @param header the header
	 * @param body the body text
	 * @param bodyExamples the body examples
	 * @param footer the footer
	 * @param buttons the buttons
	 */
	public TemplateDefinition {
		bodyExamples = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bodyExamples));
		buttons = List.copyOf(buttons);
	}

	/**
	 * Starts a definition.
	 * @param name the name, e.g. {@code order_update}
	 * @param language the language code, e.g. {@code en_US}
	 * @param category the category
	 * @return a builder
	 */
	public static Builder builder(String name, String language, TemplateCategory category) {
		return new Builder(name, language, category);
	}

	/**
	 * Builder for {@link TemplateDefinition}.
	 */
	public static final class Builder {

		private final String name;

		private final String language;

		private final TemplateCategory category;

		private ParameterFormat parameterFormat = ParameterFormat.POSITIONAL;

		private @Nullable TemplateHeader header;

		private @Nullable String body;

		private Map<String, String> bodyExamples = new LinkedHashMap<>();

		private @Nullable String footer;

		private final List<TemplateButtonDefinition> buttons = new ArrayList<>();

		private Builder(String name, String language, TemplateCategory category) {
			this.name = name;
			this.language = language;
			this.category = category;
		}

		/**
		 * Sets the header.
		 * @param header the header
		 * @return this builder
		 */
		public Builder header(TemplateHeader header) {
			this.header = header;
			return this;
		}

		/**
		 * Sets a body with numbered placeholders {@code {{1}}} to {@code {{n}}} and one example each,
		 * in order; the format is {@link ParameterFormat#POSITIONAL}.
		 * @param text the body text
		 * @param examples the examples
		 * @return this builder
		 */
		public Builder body(String text, String... examples) {
			this.parameterFormat = ParameterFormat.POSITIONAL;
			this.body = text;
			this.bodyExamples = new LinkedHashMap<>();
			for (int i = 0; i < examples.length; i++) {
				this.bodyExamples.put(String.valueOf(i + 1), examples[i]);
			}
			return this;
		}

		/**
		 * Sets a body with named placeholders such as {@code {{first_name}}} and an example for each
		 * name; the format is {@link ParameterFormat#NAMED}.
		 * @param text the body text
		 * @param examples the example by placeholder name
		 * @return this builder
		 */
		public Builder bodyNamed(String text, Map<String, String> examples) {
			this.parameterFormat = ParameterFormat.NAMED;
			this.body = text;
			this.bodyExamples = new LinkedHashMap<>(examples);
			return this;
		}

		/**
		 * Sets the footer, at most 60 characters, without placeholders.
		 * @param text the footer text
		 * @return this builder
		 */
		public Builder footer(String text) {
			this.footer = text;
			return this;
		}

		/**
		 * Adds buttons, in order.
		 * @param buttons the buttons
		 * @return this builder
		 */
		public Builder buttons(TemplateButtonDefinition... buttons) {
			this.buttons.addAll(List.of(buttons));
			return this;
		}

		/**
		 * Builds and checks the definition.
		 * @return the definition
		 * @throws io.github.whatsappstarter.error.WhatsAppValidationException naming the first
		 * field that breaks Meta's rules
		 */
		public TemplateDefinition build() {
			TemplateDefinition definition = new TemplateDefinition(this.name, this.language, this.category,
					this.parameterFormat, this.header, (this.body != null) ? this.body : "", this.bodyExamples,
					this.footer, this.buttons);
			TemplateDefinitionChecks.check(definition);
			return definition;
		}

	}

}
