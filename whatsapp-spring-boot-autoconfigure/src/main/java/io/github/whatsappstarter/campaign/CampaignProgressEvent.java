package io.github.whatsappstarter.campaign;

/**
 * Published periodically while a campaign runs ({@code whatsapp.campaign.progress-log-interval}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class CampaignProgressEvent extends CampaignEvent {

	private final CampaignProgress progress;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param campaignId the campaign id
	 * @param progress the progress
	 */
	public CampaignProgressEvent(Object source, String campaignId, CampaignProgress progress) {
		super(source, campaignId);
		this.progress = progress;
	}

	/**
	 * Returns the progress.
	 * @return the progress
	 */
	public CampaignProgress getProgress() {
		return this.progress;
	}

}
