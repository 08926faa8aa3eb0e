package io.github.whatsappstarter.test.simulator;

import java.util.Objects;

/**
 * What the simulator answers about the phone number on {@code GET /{phone-number-id}?fields=...},
 * changeable while it runs: {@code status}, {@code quality_rating}, {@code throughput.level} and
 * {@code health_status.can_send_message} (with Meta's per-entity {@code errors} or
 * {@code additional_info} when not {@code AVAILABLE}). {@link WhatsAppSimulator#reset()} restores the
 * defaults: CONNECTED, GREEN, the level that follows the throughput limit, AVAILABLE.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class NumberState {

	private volatile String status = "CONNECTED";

	private volatile String qualityRating = "GREEN";

	private volatile String throughputLevel;

	private volatile String canSendMessage = "AVAILABLE";

	NumberState() {
	}

	/**
	 * Set the number's {@code status}, e.g. CONNECTED, FLAGGED, RESTRICTED, DISCONNECTED.
	 * @param status the status
	 * @return this
	 */
	public NumberState status(String status) {
		this.status = Objects.requireNonNull(status, "status must not be null");
		return this;
	}

	/**
	 * Set the number's {@code quality_rating}: GREEN, YELLOW, RED or UNKNOWN.
	 * @param rating the rating
	 * @return this
	 */
	public NumberState qualityRating(String rating) {
		this.qualityRating = Objects.requireNonNull(rating, "rating must not be null");
		return this;
	}

	/**
	 * Set {@code throughput.level}, e.g. STANDARD or HIGH; {@code null} derives it from the
	 * throughput limit (HIGH from 1,000 messages per window).
	 * @param level the level, or {@code null}
	 * @return this
	 */
	public NumberState throughputLevel(String level) {
		this.throughputLevel = level;
		return this;
	}

	/**
	 * Set the phone number entity's and the overall {@code can_send_message}: AVAILABLE, LIMITED or
	 * BLOCKED.
	 * @param value the value
	 * @return this
	 */
	public NumberState canSendMessage(String value) {
		this.canSendMessage = Objects.requireNonNull(value, "value must not be null");
		return this;
	}

	String status() {
		return this.status;
	}

	String qualityRating() {
		return this.qualityRating;
	}

	String throughputLevel(Limits limits) {
		String level = this.throughputLevel;
		return (level != null) ? level : ((limits.throughput() >= 1000) ? "HIGH" : "STANDARD");
	}

	String canSendMessage() {
		return this.canSendMessage;
	}

	void restore() {
		this.status = "CONNECTED";
		this.qualityRating = "GREEN";
		this.throughputLevel = null;
		this.canSendMessage = "AVAILABLE";
	}

}
