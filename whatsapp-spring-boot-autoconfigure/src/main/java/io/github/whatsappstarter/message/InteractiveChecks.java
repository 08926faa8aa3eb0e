package io.github.whatsappstarter.message;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks of the parts interactive messages share: the text header, the body, the footer and titled
 * sections. Each part's field name and Meta's limit for it are written here once; the message
 * records call these from their constructors.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class InteractiveChecks {

	private static final String SECTIONS = "interactive.action.sections";

	private InteractiveChecks() {
	}

	static String body(@Nullable String text) {
		return MessageChecks.text(text, "interactive.body.text", MessageLimits.INTERACTIVE_BODY_MAX_LENGTH);
	}

	static @Nullable String optionalBody(@Nullable String text) {
		return (text != null) ? body(text) : null;
	}

	static String textHeader(@Nullable String text) {
		return MessageChecks.text(text, "interactive.header.text", MessageLimits.INTERACTIVE_HEADER_MAX_LENGTH);
	}

	static @Nullable String optionalTextHeader(@Nullable String text) {
		return (text != null) ? textHeader(text) : null;
	}

	static @Nullable String footer(@Nullable String text) {
		return MessageChecks.optionalText(text, "interactive.footer.text", MessageLimits.INTERACTIVE_FOOTER_MAX_LENGTH);
	}

	/**
	 * Checks sections: 1 to {@code maxSections}, a title on each when there are several, and at most
	 * {@code maxEntries} entries (rows, products) in all.
	 */
	static <S> List<S> sections(@Nullable List<S> sections, int maxSections, Function<S, @Nullable String> title,
			ToIntFunction<S> entries, String entriesField, int maxEntries) {
		List<S> checked = MessageChecks.list(sections, SECTIONS, 1, maxSections);
		int total = 0;
		for (S section : checked) {
			total += entries.applyAsInt(section);
			if (checked.size() > 1 && title.apply(section) == null) {
				throw new WhatsAppValidationException(SECTIONS + ".title",
						"is required when there is more than one section");
			}
		}
		if (total > maxEntries) {
			throw new WhatsAppValidationException(SECTIONS + "." + entriesField,
					"must be at most " + maxEntries + " in total but are " + total);
		}
		return checked;
	}

}
