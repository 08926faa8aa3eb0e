package io.github.whatsappstarter.message;

import java.util.List;

import io.github.whatsappstarter.client.WhatsAppValidationException;

/**
 * A value for a variable of an approved template: text, currency, date/time or media in the
 * header and body, a payload on a quick-reply button, text on a URL button.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public sealed interface TemplateParameter {

	/**
	 * A text parameter.
	 * @param text the text
	 * @return the parameter
	 */
	static TemplateParameter text(String text) {
		return new Text(text);
	}

	/**
	 * A currency parameter.
	 * @param fallbackValue the text shown where the amount cannot be localised, e.g. {@code $12.50}
	 * @param code the ISO 4217 currency code, e.g. {@code USD}
	 * @param amount1000 the amount multiplied by 1000, e.g. {@code 12500} for 12.50
	 * @return the parameter
	 */
	static TemplateParameter currency(String fallbackValue, String code, long amount1000) {
		return new Currency(fallbackValue, code, amount1000);
	}

	/**
	 * A date/time parameter, sent as its fallback value.
	 * @param fallbackValue the formatted date, e.g. {@code June 3, 2026}
	 * @return the parameter
	 */
	static TemplateParameter dateTime(String fallbackValue) {
		return new DateTime(fallbackValue);
	}

	/**
	 * An image header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter image(MediaSource source) {
		return new Media("image", source);
	}

	/**
	 * A document header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter document(MediaSource source) {
		return new Media("document", source);
	}

	/**
	 * A video header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter video(MediaSource source) {
		return new Media("video", source);
	}

	/**
	 * A quick-reply button payload, returned in the webhook when the user taps the button.
	 * @param payload the payload
	 * @return the parameter
	 */
	static TemplateParameter payload(String payload) {
		return new Payload(payload);
	}

	/**
	 * A text parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param text the text
	 */
	record Text(String text) implements TemplateParameter {

		public Text {
			text = MessageChecks.text(text, "template.components.parameters.text");
		}

	}

	/**
	 * A currency parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param fallbackValue the fallback text
	 * @param code the ISO 4217 code
	 * @param amount1000 the amount times 1000
	 */
	record Currency(String fallbackValue, String code, long amount1000) implements TemplateParameter {

		public Currency {
			fallbackValue = MessageChecks.text(fallbackValue, "template.components.parameters.currency.fallback_value");
			code = MessageChecks.text(code, "template.components.parameters.currency.code");
		}

	}

	/**
	 * A date/time parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param fallbackValue the formatted date
	 */
	record DateTime(String fallbackValue) implements TemplateParameter {

		public DateTime {
			fallbackValue = MessageChecks.text(fallbackValue,
					"template.components.parameters.date_time.fallback_value");
		}

	}

	/**
	 * A media parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param kind {@code image}, {@code document} or {@code video}
	 * @param source the uploaded id or link
	 */
	record Media(String kind, MediaSource source) implements TemplateParameter {

		public Media {
			MessageChecks.notNull(kind, "template.components.parameters.type");
			if (!List.of("image", "document", "video").contains(kind)) {
				throw new WhatsAppValidationException("template.components.parameters.type",
						"must be image, document or video for media");
			}
			source = MessageChecks.notNull(source, "template.components.parameters." + kind);
		}

	}

	/**
	 * A button payload.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param payload the payload
	 */
	record Payload(String payload) implements TemplateParameter {

		public Payload {
			payload = MessageChecks.text(payload, "template.components.parameters.payload");
		}

	}

}
