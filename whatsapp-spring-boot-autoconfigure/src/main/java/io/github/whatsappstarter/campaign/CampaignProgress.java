package io.github.whatsappstarter.campaign;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a campaign's progress. Every message ends as sent or failed; pending counts those
 * not finished yet (queued, waiting for a permit, or in flight).
 *
 * @param total the messages in the campaign
 * @param sent the messages accepted by the Cloud API
 * @param failed the messages that finally failed (including cancelled and late ones)
 * @param pending the messages not finished yet
 * @param ratePerSecond messages finished per second since the start
 * @param eta the estimated time until the last message finishes, or {@code null} when unknown
 * @param elapsed the time since the start
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignProgress(int total, int sent, int failed, int pending, double ratePerSecond,
		@Nullable Duration eta, Duration elapsed) {

	/**
	 * Returns whether every message has finished.
	 * @return whether nothing is pending
	 */
	public boolean finished() {
		return this.pending == 0;
	}

	@Override
	public String toString() {
		return "sent " + this.sent + "/" + this.total + ", failed " + this.failed + ", pending " + this.pending
				+ String.format(", %.1f msg/s", this.ratePerSecond)
				+ ((this.eta != null) ? ", ETA " + this.eta.toSeconds() + " s" : "");
	}

}
