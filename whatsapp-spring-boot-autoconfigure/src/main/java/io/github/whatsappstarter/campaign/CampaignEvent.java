package io.github.whatsappstarter.campaign;

import org.springframework.context.ApplicationEvent;

/**
 * Base of the events about one campaign that carry its id: listen to this type for all of them.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public abstract class CampaignEvent extends ApplicationEvent {

	private final String campaignId;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param campaignId the campaign id
	 */
	protected CampaignEvent(Object source, String campaignId) {
		super(source);
		this.campaignId = campaignId;
	}

	/**
	 * Returns the campaign id.
	 * @return the id
	 */
	public String getCampaignId() {
		return this.campaignId;
	}

}
