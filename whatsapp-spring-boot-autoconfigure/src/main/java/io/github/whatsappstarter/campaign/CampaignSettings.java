package io.github.whatsappstarter.campaign;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@link WhatsAppCampaigns} runs campaigns: how many sends of one campaign may be in flight
 * (waiting for a permit, a backoff or the HTTP answer), how often progress is logged and
 * published, how many finished campaigns stay listed and for how long, how many failures a
 * finished campaign keeps as a sample, the lease of a running campaign in a shared store and the
 * number of recipients per stored chunk.
 *
 * @param maxInFlight the most sends of one campaign in flight at once; also the most messages that
 * can be sent twice when the node running the campaign dies
 * @param progressInterval how often progress is logged and published; zero switches it off
 * @param retainFinished how many finished campaigns this node keeps listed
 * @param failureSampleSize how many failed messages a campaign keeps with their recipient and reason
 * @param retention how long a finished campaign stays readable
 * @param leaseTtl how long a running campaign stays with its node after that node's last sign of
 * life; then another node takes it over (shared store only)
 * @param chunkSize recipients per stored chunk
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignSettings(int maxInFlight, Duration progressInterval, int retainFinished, int failureSampleSize,
		Duration retention, Duration leaseTtl, int chunkSize) {

	/** The default most sends of one campaign in flight at once: 1,000 msg/s at 300 ms latency. */
	public static final int DEFAULT_MAX_IN_FLIGHT = 300;

	/** The default interval of progress logs and events. */
	public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(10);

	/** The default number of finished campaigns kept listed. */
	public static final int DEFAULT_RETAIN_FINISHED = 100;

	/** The default failure sample size. */
	public static final int DEFAULT_FAILURE_SAMPLE_SIZE = 100;

	/** The default retention of finished campaigns. */
	public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

	/** The default lease of a running campaign. */
	public static final Duration DEFAULT_LEASE_TTL = Duration.ofSeconds(10);

	/** The default chunk size. */
	public static final int DEFAULT_CHUNK_SIZE = 1000;

	/**
	 * Checks the values.
	 */
	public CampaignSettings {
		Assert.isTrue(maxInFlight >= 1, "maxInFlight must be at least 1");
		Assert.isTrue(progressInterval != null && !progressInterval.isNegative(),
				"progressInterval must not be negative");
		Assert.isTrue(retainFinished >= 0, "retainFinished must not be negative");
		Assert.isTrue(failureSampleSize >= 0, "failureSampleSize must not be negative");
		Assert.isTrue(retention != null && !retention.isNegative(), "retention must not be negative");
		Assert.isTrue(leaseTtl != null && leaseTtl.toMillis() >= 1000, "leaseTtl must be at least 1 s");
		Assert.isTrue(chunkSize >= 1 && chunkSize <= 100_000, "chunkSize must be between 1 and 100000");
	}

	/**
	 * Creates settings with the default sample size, retention, lease and chunk size.
	 * @param maxInFlight the most sends of one campaign in flight at once
	 * @param progressInterval how often progress is logged and published; zero switches it off
	 * @param retainFinished how many finished campaigns this node keeps listed
	 */
	public CampaignSettings(int maxInFlight, Duration progressInterval, int retainFinished) {
		this(maxInFlight, progressInterval, retainFinished, DEFAULT_FAILURE_SAMPLE_SIZE, DEFAULT_RETENTION,
				DEFAULT_LEASE_TTL, DEFAULT_CHUNK_SIZE);
	}

	/**
	 * Returns the defaults, the same as those of the {@code whatsapp.campaign.*} properties: 300 sends in flight, progress every 10 s, 100 finished campaigns kept
	 * for 24 h with 100 failures each, a 10 s lease, 1,000 recipients per chunk.
	 * @return the default settings
	 */
	public static CampaignSettings defaults() {
		return new CampaignSettings(DEFAULT_MAX_IN_FLIGHT, DEFAULT_PROGRESS_INTERVAL, DEFAULT_RETAIN_FINISHED);
	}

	/**
	 * Returns a copy with another lease and chunk size.
	 * @param leaseTtl the lease
	 * @param chunkSize the recipients per chunk
	 * @return the new settings
	 */
	public CampaignSettings withLease(Duration leaseTtl, int chunkSize) {
		return new CampaignSettings(this.maxInFlight, this.progressInterval, this.retainFinished,
				this.failureSampleSize, this.retention, leaseTtl, chunkSize);
	}

	/**
	 * Returns a copy with another failure sample size and retention.
	 * @param failureSampleSize the failures kept per campaign
	 * @param retention how long finished campaigns stay readable
	 * @return the new settings
	 */
	public CampaignSettings withHistory(int failureSampleSize, Duration retention) {
		return new CampaignSettings(this.maxInFlight, this.progressInterval, this.retainFinished, failureSampleSize,
				retention, this.leaseTtl, this.chunkSize);
	}

}
