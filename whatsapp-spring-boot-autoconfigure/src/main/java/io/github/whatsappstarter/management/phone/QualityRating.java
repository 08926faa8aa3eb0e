package io.github.whatsappstarter.management.phone;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;

/**
 * The quality rating of a business phone number.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum QualityRating {

	/** High quality. */
	GREEN,

	/** Medium quality. */
	YELLOW,

	/** Low quality. */
	RED,

	/** Not rated yet (Meta's {@code UNKNOWN}), absent, or a value this release does not know. */
	UNKNOWN;

	/**
	 * Reads Meta's value, tolerating values added after this release.
	 * @param value the value
	 * @return the rating
	 */
	public static QualityRating of(@Nullable String value) {
		return GraphJson.enumValue(QualityRating.class, value, UNKNOWN);
	}

}
