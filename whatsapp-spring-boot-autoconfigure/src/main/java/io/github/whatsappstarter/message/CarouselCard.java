package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;

/**
 * One card of a media card carousel template ({@code "type":"carousel"} component): its
 * {@code card_index}, an image or video header and optional body and button parameters. Shape from
 * Meta's "Sending media card carousel templates"
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates/media-card-carousel-templates):
 * each card has an image or video header and up to two buttons; quick-reply and URL buttons take parameters.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param cardIndex the card's position, from 0
 * @param header the image or video header parameter
 * @param body the card's body parameters (text, currency, date/time)
 * @param buttons the card's button parameters (quick reply or URL), at most two
 */
public record CarouselCard(int cardIndex, TemplateParameter header, List<TemplateParameter> body,
		List<TemplateButton> buttons) {

	public CarouselCard {
		String field = "template.components.carousel.cards[" + cardIndex + "]";
		if (cardIndex < 0) {
			throw new WhatsAppValidationException(field + ".card_index", "must not be negative");
		}
		MessageChecks.notNull(header, field + ".header");
		if (!(header instanceof TemplateParameter.Media media) || "document".equals(media.kind())) {
			throw new WhatsAppValidationException(field + ".header", "must be an image or a video");
		}
		body = MessageChecks.list(body, field + ".body", 0, Integer.MAX_VALUE);
		for (int i = 0; i < body.size(); i++) {
			if (!TemplateMessage.isBodyParameter(body.get(i))) {
				throw new WhatsAppValidationException(field + ".body.parameters[" + i + "]",
						"must be text, currency or date/time");
			}
		}
		buttons = MessageChecks.list(buttons, field + ".buttons", 0, MessageLimits.CAROUSEL_CARD_BUTTONS_MAX);
		for (int i = 0; i < buttons.size(); i++) {
			ButtonSubType subType = buttons.get(i).subType();
			if (subType != ButtonSubType.QUICK_REPLY && subType != ButtonSubType.URL) {
				throw new WhatsAppValidationException(field + ".buttons[" + i + "].sub_type",
						"must be quick_reply or url on a carousel card");
			}
		}
	}

	/**
	 * Starts a card.
	 * @param cardIndex the card's position, from 0
	 * @param header the image or video header, e.g. {@link TemplateParameter#image(MediaSource)}
	 * @return a builder for body and button parameters
	 */
	public static Builder builder(int cardIndex, TemplateParameter header) {
		return new Builder(cardIndex, header);
	}

	/**
	 * Collects the parameters of one carousel card; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public static final class Builder {

		private final int cardIndex;

		private final TemplateParameter header;

		private final List<TemplateParameter> body = new ArrayList<>();

		private final List<TemplateButton> buttons = new ArrayList<>();

		Builder(int cardIndex, TemplateParameter header) {
			this.cardIndex = cardIndex;
			this.header = header;
		}

		/**
		 * Adds body parameters of the card.
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder body(TemplateParameter... parameters) {
			this.body.addAll(Arrays.asList(MessageChecks.notNull(parameters,
					"template.components.carousel.cards[" + this.cardIndex + "].body")));
			return this;
		}

		/**
		 * Adds the parameters of one button of the card.
		 * @param subType quick reply or URL
		 * @param index the button's position on the card, from 0
		 * @param parameters the parameters
		 * @return this builder
		 */
		public Builder button(ButtonSubType subType, int index, TemplateParameter... parameters) {
			TemplateParameter[] checked = MessageChecks.notNull(parameters, "template.components.button.parameters");
			this.buttons.add(new TemplateButton(subType, index, Arrays.asList(checked)));
			return this;
		}

		/**
		 * Validates and builds the card.
		 * @return the card
		 */
		public CarouselCard build() {
			return new CarouselCard(this.cardIndex, this.header, this.body, this.buttons);
		}

	}

}
