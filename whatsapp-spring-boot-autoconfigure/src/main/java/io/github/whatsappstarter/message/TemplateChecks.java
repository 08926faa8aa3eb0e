package io.github.whatsappstarter.message;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.whatsappstarter.error.WhatsAppValidationException;

/**
 * Checks of a template message that span its components: named against positional parameters,
 * unique button indexes, one copy-code button, and the shape of a carousel.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class TemplateChecks {

	private TemplateChecks() {
	}

	/**
	 * A template has one {@code parameter_format}: its text variables are all named or all positional,
	 * and a name is used once per component.
	 */
	static void namedParameters(List<TemplateParameter> header, List<TemplateParameter> body) {
		Boolean named = null;
		named = namedParameters(header, "template.components.header", named);
		namedParameters(body, "template.components.body", named);
	}

	private static Boolean namedParameters(List<TemplateParameter> parameters, String component, Boolean named) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < parameters.size(); i++) {
			if (!(parameters.get(i) instanceof TemplateParameter.Text text)) {
				continue;
			}
			boolean isNamed = text.parameterName() != null;
			String field = component + ".parameters[" + i + "].parameter_name";
			if (named != null && named != isNamed) {
				throw new WhatsAppValidationException(field,
						"must be set on all text parameters or on none (the template's parameter_format)");
			}
			named = isNamed;
			if (isNamed && !names.add(text.parameterName())) {
				throw new WhatsAppValidationException(field, "'" + text.parameterName() + "' is used twice");
			}
		}
		return named;
	}

	/** Button indexes are unique; Meta limits a template to one copy-code button (coupon code templates). */
	static void buttons(List<TemplateButton> buttons) {
		Set<Integer> indexes = new HashSet<>();
		int copyCode = 0;
		for (int i = 0; i < buttons.size(); i++) {
			TemplateButton button = buttons.get(i);
			if (!indexes.add(button.index())) {
				throw new WhatsAppValidationException("template.components.button.index",
						"must be unique but " + button.index() + " is used twice");
			}
			if (button.subType() == ButtonSubType.COPY_CODE && ++copyCode > 1) {
				throw new WhatsAppValidationException("template.components.button.sub_type",
						"allows one copy_code button per template");
			}
		}
	}

	/**
	 * A carousel template is a body and 2 to 10 cards (Meta's media card carousel templates): no header or
	 * buttons outside the cards, card indexes 0 to n-1, and every card with the same components.
	 */
	static void carousel(List<CarouselCard> cards, List<TemplateParameter> header, List<TemplateButton> buttons) {
		if (cards.isEmpty()) {
			return;
		}
		String field = "template.components.carousel";
		if (cards.size() < MessageLimits.CAROUSEL_CARDS_MIN) {
			throw new WhatsAppValidationException(field + ".cards", "must have " + MessageLimits.CAROUSEL_CARDS_MIN
					+ " to " + MessageLimits.CAROUSEL_CARDS_MAX + " entries but has " + cards.size());
		}
		if (!header.isEmpty() || !buttons.isEmpty()) {
			throw new WhatsAppValidationException(field,
					"cannot be combined with a header or buttons outside the cards");
		}
		Set<Integer> indexes = new HashSet<>();
		CarouselCard first = cards.get(0);
		for (int i = 0; i < cards.size(); i++) {
			CarouselCard card = cards.get(i);
			if (card.cardIndex() >= cards.size() || !indexes.add(card.cardIndex())) {
				throw new WhatsAppValidationException(field + ".cards[" + i + "].card_index",
						"must be unique and between 0 and " + (cards.size() - 1) + " but is " + card.cardIndex());
			}
			if (!kind(card).equals(kind(first)) || card.body().isEmpty() != first.body().isEmpty()
					|| !subTypes(card).equals(subTypes(first))) {
				throw new WhatsAppValidationException(field + ".cards[" + i + "]",
						"must have the same components as the first card");
			}
		}
	}

	private static String kind(CarouselCard card) {
		return ((TemplateParameter.Media) card.header()).kind();
	}

	private static List<ButtonSubType> subTypes(CarouselCard card) {
		return card.buttons().stream().map(TemplateButton::subType).toList();
	}

}
