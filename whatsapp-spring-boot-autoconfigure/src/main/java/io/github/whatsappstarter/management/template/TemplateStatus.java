package io.github.whatsappstarter.management.template;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;

/**
 * The review status of a message template. Only an {@link #APPROVED} template can be sent.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum TemplateStatus {

	/** Approved: can be sent. */
	APPROVED,

	/** Waiting for review. */
	PENDING,

	/** Rejected at review; see the rejected reason. */
	REJECTED,

	/** Paused for low quality (error 132015 when sent). */
	PAUSED,

	/** Disabled for low quality (error 132016 when sent). */
	DISABLED,

	/** The business appealed a rejection. */
	IN_APPEAL,

	/** Deleted, the name is not yet free again. */
	PENDING_DELETION,

	/** Deleted. */
	DELETED,

	/** Archived. */
	ARCHIVED,

	/** Over the account's template limit. */
	LIMIT_EXCEEDED,

	/** A status this release does not know; the raw value stays on the template. */
	UNKNOWN;

	/**
	 * Reads Meta's value, tolerating values added after this release.
	 * @param value the value, e.g. {@code APPROVED}
	 * @return the status, {@link #UNKNOWN} for anything else
	 */
	public static TemplateStatus of(@Nullable String value) {
		return GraphJson.enumValue(TemplateStatus.class, value, UNKNOWN);
	}

	/**
	 * Returns whether a template in this status can be sent.
	 * @return {@code true} for {@link #APPROVED} only
	 */
	public boolean isSendable() {
		return this == APPROVED;
	}

}
