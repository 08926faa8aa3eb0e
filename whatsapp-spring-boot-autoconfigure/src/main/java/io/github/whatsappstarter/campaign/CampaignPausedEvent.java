package io.github.whatsappstarter.campaign;

import org.springframework.context.ApplicationEvent;

/**
 * Published on the node running a campaign when it pauses, for example because Meta answered with
 * an account-level error (an expired token, a locked account, the spam limit, a policy block).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public class CampaignPausedEvent extends ApplicationEvent {

	private final String campaignId;

	private final CampaignPause pause;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param campaignId the campaign id
	 * @param pause why it paused
	 */
	public CampaignPausedEvent(Object source, String campaignId, CampaignPause pause) {
		super(source);
		this.campaignId = campaignId;
		this.pause = pause;
	}

	/**
	 * Returns the campaign id.
	 * @return the id
	 */
	public String getCampaignId() {
		return this.campaignId;
	}

	/**
	 * Returns why it paused.
	 * @return the pause
	 */
	public CampaignPause getPause() {
		return this.pause;
	}

}
