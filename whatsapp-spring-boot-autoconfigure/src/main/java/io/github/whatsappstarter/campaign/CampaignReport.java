package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a finished campaign.
 *
 * @param id the campaign id
 * @param name the campaign name
 * @param total the messages in the campaign
 * @param sent the messages accepted by the Cloud API
 * @param failed the messages that failed
 * @param cancelled whether the campaign was cancelled
 * @param elapsed how long the campaign ran
 * @param failures every failed message with its reason
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignReport(String id, String name, int total, int sent, int failed, boolean cancelled,
		Duration elapsed, List<CampaignFailure> failures) {

	/**
	 * Copies the failures.
	 */
	public CampaignReport {
		failures = List.copyOf(failures);
	}

}
