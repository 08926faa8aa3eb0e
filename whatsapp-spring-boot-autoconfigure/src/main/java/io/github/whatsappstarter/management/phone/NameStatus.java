package io.github.whatsappstarter.management.phone;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;

/**
 * The review status of a business phone number's display name.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum NameStatus {

	/** Approved. */
	APPROVED,

	/** Usable without review. */
	AVAILABLE_WITHOUT_REVIEW,

	/** Declined. */
	DECLINED,

	/** Expired. */
	EXPIRED,

	/** Waiting for review. */
	PENDING_REVIEW,

	/** No name submitted. */
	NONE,

	/** Absent, or a value this release does not know; the raw value stays on the number. */
	UNKNOWN;

	/**
	 * Reads Meta's value, tolerating values added after this release.
	 * @param value the value
	 * @return the status
	 */
	public static NameStatus of(@Nullable String value) {
		return GraphJson.enumValue(NameStatus.class, value, UNKNOWN);
	}

}
