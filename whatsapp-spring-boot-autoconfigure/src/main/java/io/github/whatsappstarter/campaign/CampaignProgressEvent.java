package io.github.whatsappstarter.campaign;

import org.springframework.context.ApplicationEvent;

/**
 * Published periodically while a campaign runs ({@code whatsapp.campaign.progress-log-interval}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class CampaignProgressEvent extends ApplicationEvent {

	private final String campaignId;

	private final CampaignProgress progress;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param campaignId the campaign id
	 * @param progress the progress
	 */
	public CampaignProgressEvent(Object source, String campaignId, CampaignProgress progress) {
		super(source);
		this.campaignId = campaignId;
		this.progress = progress;
	}

	/**
	 * Returns the campaign id.
	 * @return the id
	 */
	public String getCampaignId() {
		return this.campaignId;
	}

	/**
	 * Returns the progress.
	 * @return the progress
	 */
	public CampaignProgress getProgress() {
		return this.progress;
	}

}
