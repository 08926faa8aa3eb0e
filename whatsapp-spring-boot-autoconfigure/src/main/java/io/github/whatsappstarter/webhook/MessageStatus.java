package io.github.whatsappstarter.webhook;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Delivery status of a sent message as reported by a status webhook. {@link #SENT},
 * {@link #DELIVERED}, {@link #READ} and {@link #PLAYED} form a progression; {@link #FAILED} and
 * {@link #UNKNOWN} stand outside it.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum MessageStatus {

	/** The message was sent by WhatsApp. */
	SENT(1),

	/** The message reached the user's device. */
	DELIVERED(2),

	/** The user read the message. */
	READ(3),

	/** The user played a voice message. */
	PLAYED(4),

	/** The message could not be delivered; see the errors of the event. */
	FAILED(0),

	/** A status value this version does not know. */
	UNKNOWN(0);

	private final int progress;

	MessageStatus(int progress) {
		this.progress = progress;
	}

	/**
	 * Returns the position in the sent-delivered-read-played progression, or {@code 0} for
	 * statuses outside it.
	 * @return the progress rank
	 */
	public int progress() {
		return this.progress;
	}

	/**
	 * Maps Meta's lower-case status value to a constant.
	 * @param value the value of {@code statuses[].status}
	 * @return the status, {@link #UNKNOWN} for an unknown or missing value
	 */
	public static MessageStatus from(@Nullable String value) {
		if (value != null) {
			for (MessageStatus status : values()) {
				if (status != UNKNOWN && status.name().equals(value.toUpperCase(Locale.ROOT))) {
					return status;
				}
			}
		}
		return UNKNOWN;
	}

}
