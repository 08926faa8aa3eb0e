package io.github.whatsappstarter.management.profile;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;

/**
 * The industry of a business profile, as Meta lists the accepted values
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/business-profiles).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum BusinessVertical {

	/** Not set. */
	UNDEFINED,
	/** Other. */
	OTHER,
	/** Automotive. */
	AUTO,
	/** Beauty, spa and salon. */
	BEAUTY,
	/** Clothing and apparel. */
	APPAREL,
	/** Education. */
	EDU,
	/** Entertainment. */
	ENTERTAIN,
	/** Event planning and service. */
	EVENT_PLAN,
	/** Finance and banking. */
	FINANCE,
	/** Food and grocery. */
	GROCERY,
	/** Public service. */
	GOVT,
	/** Hotel and lodging. */
	HOTEL,
	/** Medical and health. */
	HEALTH,
	/** Non-profit. */
	NONPROFIT,
	/** Professional services. */
	PROF_SERVICES,
	/** Shopping and retail. */
	RETAIL,
	/** Travel and transportation. */
	TRAVEL,
	/** Restaurant. */
	RESTAURANT,
	/** Not a business. */
	NOT_A_BIZ,
	/** A value this release does not know (read only); the raw value stays on the profile. */
	UNKNOWN;

	/**
	 * Reads Meta's value, tolerating values added after this release.
	 * @param value the value, e.g. {@code RETAIL}; empty means {@link #UNDEFINED}
	 * @return the vertical
	 */
	public static BusinessVertical of(@Nullable String value) {
		if (value != null && value.isEmpty()) {
			return UNDEFINED;
		}
		return GraphJson.enumValue(BusinessVertical.class, value, UNKNOWN);
	}

}
