package io.github.whatsappstarter.campaign;

/**
 * Published on the node running a campaign when it pauses, for example because Meta answered with
 * an account-level error (an expired token, a locked account, the spam limit, a policy block).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public class CampaignPausedEvent extends CampaignEvent {

	private final CampaignPause pause;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param campaignId the campaign id
	 * @param pause why it paused
	 */
	public CampaignPausedEvent(Object source, String campaignId, CampaignPause pause) {
		super(source, campaignId);
		this.pause = pause;
	}

	/**
	 * Returns why it paused.
	 * @return the pause
	 */
	public CampaignPause getPause() {
		return this.pause;
	}

}
