package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a finished campaign. Counts are exact; the failures listed are a bounded sample
 * ({@code whatsapp.campaign.failure-sample-size}), and {@link #failureReasons()} counts every
 * failed message by reason.
 *
 * @param id the campaign id
 * @param name the campaign name
 * @param total the messages in the campaign
 * @param sent the messages accepted by the Cloud API
 * @param failed the messages that failed
 * @param cancelled whether the campaign was cancelled
 * @param elapsed how long the campaign ran
 * @param failures the first failed messages with their reasons, up to the sample size
 * @param failureReasons every failed message counted by reason
 * @param status how it ended
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignReport(String id, String name, int total, int sent, int failed, boolean cancelled,
		Duration elapsed, List<CampaignFailure> failures, Map<String, Integer> failureReasons,
		CampaignStatus status) {

	/**
	 * Copies the failures.
	 */
	public CampaignReport {
		failures = List.copyOf(failures);
		failureReasons = new TreeMap<>(failureReasons);
	}

}
