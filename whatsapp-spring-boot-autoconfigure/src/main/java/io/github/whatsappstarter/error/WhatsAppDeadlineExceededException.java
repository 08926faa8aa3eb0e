package io.github.whatsappstarter.error;

import java.time.Instant;

/**
 * Thrown when a message with a deadline could not go out in time: it was failed instead of being
 * sent late. Checked before the rate-limit permit is requested and again just before the HTTP call,
 * so a message that fails this way never reached the Cloud API. Never retried.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppDeadlineExceededException extends WhatsAppException {

	private final Instant deadline;

	/**
	 * Creates an exception.
	 * @param deadline the deadline that passed
	 * @param recipient the recipient
	 */
	public WhatsAppDeadlineExceededException(Instant deadline, String recipient) {
		super("Deadline " + deadline + " passed before the message to " + mask(recipient) + " could be sent", null, 0,
				recipient, null);
		this.deadline = deadline;
	}

	/**
	 * Returns the deadline that passed.
	 * @return the deadline
	 */
	public Instant getDeadline() {
		return this.deadline;
	}

}
