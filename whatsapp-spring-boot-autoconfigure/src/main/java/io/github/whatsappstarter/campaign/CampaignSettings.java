package io.github.whatsappstarter.campaign;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How {@link WhatsAppCampaigns} runs campaigns: how many sends of one campaign may be in flight
 * (waiting for a permit, a backoff or the HTTP answer), how often progress is logged and
 * published, and how many finished campaigns the registry keeps.
 *
 * @param maxInFlight the most sends of one campaign in flight at once
 * @param progressInterval how often progress is logged and published; zero switches it off
 * @param retainFinished how many finished campaigns stay listed
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignSettings(int maxInFlight, Duration progressInterval, int retainFinished) {

	/**
	 * Checks the values.
	 */
	public CampaignSettings {
		Assert.isTrue(maxInFlight >= 1, "maxInFlight must be at least 1");
		Assert.isTrue(progressInterval != null && !progressInterval.isNegative(),
				"progressInterval must not be negative");
		Assert.isTrue(retainFinished >= 0, "retainFinished must not be negative");
	}

	/**
	 * Returns the defaults: 300 sends in flight, progress every 10 s, 100 finished campaigns kept.
	 * @return the default settings
	 */
	public static CampaignSettings defaults() {
		return new CampaignSettings(300, Duration.ofSeconds(10), 100);
	}

}
