package io.github.whatsappstarter.test.simulator;

/**
 * What the simulator did with a request.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum Outcome {

	/** A message was accepted and got a wamid. */
	ACCEPTED,
	/** A mark-as-read call answered {@code {"success":true}}. */
	READ,
	/** Answered with a Graph error (auth, validation, limits); see the record's error code. */
	REJECTED,
	/** An injected fault decided the answer; see the record's fault kind (and error code, if any). */
	FAULT

}
