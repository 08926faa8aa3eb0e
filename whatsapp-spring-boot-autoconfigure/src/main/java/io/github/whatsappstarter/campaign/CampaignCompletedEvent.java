package io.github.whatsappstarter.campaign;

import org.springframework.context.ApplicationEvent;

/**
 * Published once when every message of a campaign has finished, cancelled or not.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class CampaignCompletedEvent extends ApplicationEvent {

	private final CampaignReport report;

	/**
	 * Creates an event.
	 * @param source the publisher
	 * @param report the report
	 */
	public CampaignCompletedEvent(Object source, CampaignReport report) {
		super(source);
		this.report = report;
	}

	/**
	 * Returns the report.
	 * @return the report
	 */
	public CampaignReport getReport() {
		return this.report;
	}

}
