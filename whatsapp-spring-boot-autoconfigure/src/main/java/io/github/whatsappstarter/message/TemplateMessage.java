package io.github.whatsappstarter.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A message from an approved template ({@code "type":"template"}), the only kind allowed outside
 * a customer service window. Build it with {@link WhatsAppMessage#template(String, String, String)}.
 * Text parameters are either all positional or all named, as the template's {@code parameter_format} says.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param name the template's name
 * @param languageCode the template's language code, e.g. {@code en_US}
 * @param languagePolicy the language policy, e.g. {@code deterministic}, or {@code null}
 * @param header the header parameters (text or media)
 * @param body the body parameters (text, currency, date/time)
 * @param buttons the button parameters
 * @param offerExpiration when the offer of a limited-time offer template expires, or {@code null}
 * @param carousel the cards of a media card carousel template, or empty
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record TemplateMessage(String to, String name, String languageCode, @Nullable String languagePolicy,
		List<TemplateParameter> header, List<TemplateParameter> body, List<TemplateButton> buttons,
		@Nullable Instant offerExpiration, List<CarouselCard> carousel, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public TemplateMessage {
		to = MessageChecks.recipient(to);
		name = MessageChecks.text(name, "template.name");
		languageCode = MessageChecks.text(languageCode, "template.language.code");
		languagePolicy = MessageChecks.optionalText(languagePolicy, "template.language.policy");
		header = MessageChecks.list(header, "template.components.header", 0, Integer.MAX_VALUE);
		body = MessageChecks.list(body, "template.components.body", 0, Integer.MAX_VALUE);
		buttons = MessageChecks.list(buttons, "template.components.button", 0, Integer.MAX_VALUE);
		for (TemplateParameter parameter : header) {
			if (!(parameter instanceof TemplateParameter.Text) && !(parameter instanceof TemplateParameter.Media)
					&& !(parameter instanceof TemplateParameter.Location)) {
				throw new WhatsAppValidationException("template.components.header",
						"takes only text, media or location parameters");
			}
		}
		for (TemplateParameter parameter : body) {
			if (!isBodyParameter(parameter)) {
				throw new WhatsAppValidationException("template.components.body",
						"takes only text, currency and date/time parameters");
			}
		}
		TemplateChecks.namedParameters(header, body);
		TemplateChecks.buttons(buttons);
		if (offerExpiration != null && offerExpiration.toEpochMilli() <= 0) {
			throw new WhatsAppValidationException("template.components.limited_time_offer.expiration_time_ms",
					"must be a positive Unix time in milliseconds");
		}
		carousel = MessageChecks.list(carousel, "template.components.carousel", 0, MessageLimits.CAROUSEL_CARDS_MAX);
		TemplateChecks.carousel(carousel, header, buttons);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	/**
	 * A template message without a limited-time offer or carousel, as before those were supported.
	 * @param to the recipient
	 * @param name the template's name
	 * @param languageCode the template's language code
	 * @param languagePolicy the language policy, or {@code null}
	 * @param header the header parameters
	 * @param body the body parameters
	 * @param buttons the button parameters
	 * @param replyTo the wamid replied to, or {@code null}
	 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
	 */
	public TemplateMessage(String to, String name, String languageCode, @Nullable String languagePolicy,
			List<TemplateParameter> header, List<TemplateParameter> body, List<TemplateButton> buttons,
			@Nullable String replyTo, @Nullable String bizOpaqueCallbackData) {
		this(to, name, languageCode, languagePolicy, header, body, buttons, null, List.of(), replyTo,
				bizOpaqueCallbackData);
	}

	static boolean isBodyParameter(TemplateParameter parameter) {
		return parameter instanceof TemplateParameter.Text || parameter instanceof TemplateParameter.Currency
				|| parameter instanceof TemplateParameter.DateTime;
	}

	@Override
	public MessageType type() {
		return MessageType.TEMPLATE;
	}

	@Override
	public TemplateMessage replyingTo(String messageId) {
		return new TemplateMessage(this.to, this.name, this.languageCode, this.languagePolicy, this.header, this.body,
				this.buttons, this.offerExpiration, this.carousel, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public TemplateMessage withCallbackData(String data) {
		return new TemplateMessage(this.to, this.name, this.languageCode, this.languagePolicy, this.header, this.body,
				this.buttons, this.offerExpiration, this.carousel, this.replyTo, data);
	}

	/**
	 * Collects the parameters of a template message; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public static final class Builder {

		private final String to;

		private final String name;

		private final String languageCode;

		private @Nullable String languagePolicy;

		private final List<TemplateParameter> header = new ArrayList<>();

		private final List<TemplateParameter> body = new ArrayList<>();

		private final List<TemplateButton> buttons = new ArrayList<>();

		private @Nullable Instant offerExpiration;

		private final List<CarouselCard> carousel = new ArrayList<>();

		Builder(String to, String name, String languageCode) {
			this.to = to;
			this.name = name;
			this.languageCode = languageCode;
		}

		/**
		 * Adds header parameters (text, image, video or document).
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder header(TemplateParameter... parameters) {
			this.header.addAll(Arrays.asList(MessageChecks.notNull(parameters, "template.components.header")));
			return this;
		}

		/**
		 * Adds body parameters (text, currency or date/time), in the order of the template's variables;
		 * for a template with named parameters use {@link TemplateParameter#named(String, String)}.
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder body(TemplateParameter... parameters) {
			this.body.addAll(Arrays.asList(MessageChecks.notNull(parameters, "template.components.body")));
			return this;
		}

		/**
		 * Adds the parameters of one button.
		 * @param subType quick reply (payload parameters) or URL (text parameters)
		 * @param index the button's position in the template, from 0
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder button(ButtonSubType subType, int index, TemplateParameter... parameters) {
			TemplateParameter[] checked = MessageChecks.notNull(parameters, "template.components.button.parameters");
			this.buttons.add(new TemplateButton(subType, index, Arrays.asList(checked)));
			return this;
		}

		/**
		 * Sets when the offer of a limited-time offer template expires ({@code limited_time_offer} component
		 * with {@code expiration_time_ms}, Meta's limited-time offer templates).
		 * @param expiration the expiry time
		 * @return this builder
		 */
		public Builder limitedTimeOffer(Instant expiration) {
			this.offerExpiration = MessageChecks.notNull(expiration,
					"template.components.limited_time_offer.expiration_time_ms");
			return this;
		}

		/**
		 * Adds the cards of a media card carousel template ({@code carousel} component), one for every card
		 * the template defines.
		 * @param cards the cards, e.g. built with {@link CarouselCard#builder(int, TemplateParameter)}
		 * @return this builder
		 */
		public Builder carousel(CarouselCard... cards) {
			this.carousel.addAll(Arrays.asList(MessageChecks.notNull(cards, "template.components.carousel")));
			return this;
		}

		/**
		 * Sets the language policy; Meta documents {@code deterministic}.
		 * @param policy the policy
		 * @return this builder
		 */
		public Builder languagePolicy(String policy) {
			this.languagePolicy = policy;
			return this;
		}

		/**
		 * Validates and builds the message.
		 * @return the message
		 */
		public TemplateMessage build() {
			return new TemplateMessage(this.to, this.name, this.languageCode, this.languagePolicy, this.header,
					this.body, this.buttons, this.offerExpiration, this.carousel, null, null);
		}

	}

}
