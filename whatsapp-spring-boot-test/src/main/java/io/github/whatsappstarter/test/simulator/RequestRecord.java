package io.github.whatsappstarter.test.simulator;

import java.time.Instant;

/**
 * One request the simulator received, recorded as it was answered.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param nanoTime arrival time from {@link System#nanoTime()}
 * @param receivedAt arrival wall-clock time
 * @param phoneNumberId the phone-number id in the path
 * @param recipient the recipient's digits, or null (mark-as-read, unparsable body)
 * @param type the message type, "read" for mark-as-read, or null when unknown
 * @param body the raw request body (null when the config does not record bodies)
 * @param outcome what happened
 * @param errorCode the Graph code answered, 0 when none
 * @param httpStatus the HTTP status answered, 0 when the connection was closed without one
 * @param wamid the assigned message id for accepted messages, else null
 * @param fault the injected fault kind, else null
 */
public record RequestRecord(long nanoTime, Instant receivedAt, String phoneNumberId, String recipient, String type,
		String body, Outcome outcome, int errorCode, int httpStatus, String wamid, Fault.Kind fault) {

	/**
	 * Whether the message was accepted.
	 * @return true for {@link Outcome#ACCEPTED}
	 */
	public boolean accepted() {
		return this.outcome == Outcome.ACCEPTED;
	}

}
