package io.github.whatsappstarter.management.template;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;

/**
 * The category of a message template, which decides how Meta treats and prices it.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum TemplateCategory {

	/** Promotions, offers, announcements. */
	MARKETING,

	/** An update about a transaction or request the user made. */
	UTILITY,

	/** One-time passcodes. */
	AUTHENTICATION,

	/** A category this release does not know; the raw value stays on the template. */
	UNKNOWN;

	/**
	 * Reads Meta's value, tolerating values added after this release.
	 * @param value the value, e.g. {@code MARKETING}
	 * @return the category, {@link #UNKNOWN} for anything else
	 */
	public static TemplateCategory of(@Nullable String value) {
		return GraphJson.enumValue(TemplateCategory.class, value, UNKNOWN);
	}

}
