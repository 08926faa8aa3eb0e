package io.github.whatsappstarter.campaign;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a campaign's progress. Every message ends as sent or failed; pending counts those
 * not finished yet (queued, waiting for a permit, or in flight). On a node other than the one
 * running the campaign (Hazelcast backend) the counts lag by at most one lease refresh.
 *
 * @param total the messages in the campaign
 * @param sent the messages accepted by the Cloud API
 * @param failed the messages that finally failed (including cancelled and late ones)
 * @param pending the messages not finished yet
 * @param ratePerSecond messages finished per second since the start
 * @param eta the estimated time until the last message finishes, or {@code null} when unknown
 * @param elapsed the time since the start
 * @param status where the campaign stands
 * @param pause why it is paused, or {@code null} when it is not
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignProgress(int total, int sent, int failed, int pending, double ratePerSecond,
		@Nullable Duration eta, Duration elapsed, CampaignStatus status, @Nullable CampaignPause pause) {

	static CampaignProgress of(int total, int sent, int failed, double rate, Duration elapsed, CampaignStatus status,
			@Nullable CampaignPause pause) {
		int pending = Math.max(0, total - sent - failed);
		Duration eta = (pending == 0) ? Duration.ZERO
				: (rate > 0 && status == CampaignStatus.RUNNING) ? Duration.ofMillis((long) (pending / rate * 1000))
						: null;
		return new CampaignProgress(total, sent, failed, pending, rate, eta, elapsed, status, pause);
	}

	/**
	 * Returns whether every message has finished.
	 * @return whether nothing is pending
	 */
	public boolean finished() {
		return this.pending == 0 && this.status != CampaignStatus.INGESTING;
	}

	@Override
	public String toString() {
		return "sent " + this.sent + "/" + this.total + ", failed " + this.failed + ", pending " + this.pending
				+ String.format(", %.1f msg/s", this.ratePerSecond)
				+ ((this.eta != null) ? ", ETA " + this.eta.toSeconds() + " s" : "")
				+ ((this.pause != null) ? ", paused: " + this.pause.reason() : "");
	}

}
