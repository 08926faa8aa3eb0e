package io.github.whatsappstarter.autoconfigure.campaign;

import java.time.Duration;

import io.github.whatsappstarter.campaign.CampaignSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for campaigns ({@code whatsapp.campaign.*}). Their defaults are the
 * library's ({@link CampaignSettings}'s {@code DEFAULT_*} constants), listed for the IDE in
 * {@code additional-spring-configuration-metadata.json}, which a test compares with the constants.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties(WhatsAppCampaignProperties.PREFIX)
public class WhatsAppCampaignProperties {

	/**
	 * The prefix of these properties.
	 */
	public static final String PREFIX = "whatsapp.campaign";

	/**
	 * Whether the WhatsAppCampaigns bean is created.
	 */
	private boolean enabled = true;

	/**
	 * The most sends of one campaign in flight at once (waiting for a slot, a backoff or the
	 * answer). A campaign sends at most max-in-flight ÷ latency messages per second: the default
	 * covers 1,000 msg/s at 300 ms. More only queues in the limiter, ahead of other sends.
	 */
	private int maxInFlight = CampaignSettings.DEFAULT_MAX_IN_FLIGHT;

	/**
	 * How often a running campaign logs its progress and publishes a CampaignProgressEvent; 0
	 * switches both off.
	 */
	private Duration progressLogInterval = CampaignSettings.DEFAULT_PROGRESS_INTERVAL;

	/**
	 * How many finished campaigns stay in the registry.
	 */
	private int retainFinished = CampaignSettings.DEFAULT_RETAIN_FINISHED;

	/**
	 * How many failed messages a campaign keeps with recipient and reason (every failure is still
	 * counted by reason).
	 */
	private int failureSampleSize = CampaignSettings.DEFAULT_FAILURE_SAMPLE_SIZE;

	/**
	 * How long a finished campaign stays readable (counts, failure sample) before it is evicted.
	 */
	private Duration retention = CampaignSettings.DEFAULT_RETENTION;

	/**
	 * How long a running campaign stays with its node after that node's last sign of life
	 * (Hazelcast backend); then a surviving node takes it over. The node renews it every quarter of
	 * it and stops sending when it could not for half of it.
	 */
	private Duration leaseTtl = CampaignSettings.DEFAULT_LEASE_TTL;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxInFlight() {
		return this.maxInFlight;
	}

	public void setMaxInFlight(int maxInFlight) {
		this.maxInFlight = maxInFlight;
	}

	public Duration getProgressLogInterval() {
		return this.progressLogInterval;
	}

	public void setProgressLogInterval(Duration progressLogInterval) {
		this.progressLogInterval = progressLogInterval;
	}

	public int getRetainFinished() {
		return this.retainFinished;
	}

	public void setRetainFinished(int retainFinished) {
		this.retainFinished = retainFinished;
	}

	public int getFailureSampleSize() {
		return this.failureSampleSize;
	}

	public void setFailureSampleSize(int failureSampleSize) {
		this.failureSampleSize = failureSampleSize;
	}

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

	public Duration getLeaseTtl() {
		return this.leaseTtl;
	}

	public void setLeaseTtl(Duration leaseTtl) {
		this.leaseTtl = leaseTtl;
	}

	/**
	 * Returns these properties as campaign settings.
	 * @return the settings
	 */
	public CampaignSettings toSettings() {
		return new CampaignSettings(this.maxInFlight, this.progressLogInterval, this.retainFinished,
				this.failureSampleSize, this.retention, this.leaseTtl, CampaignSettings.DEFAULT_CHUNK_SIZE);
	}

}
