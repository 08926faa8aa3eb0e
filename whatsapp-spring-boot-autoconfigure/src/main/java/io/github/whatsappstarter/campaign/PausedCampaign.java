package io.github.whatsappstarter.campaign;

/**
 * A campaign that is paused, and why: what health details and dashboards show.
 *
 * @param id the campaign id
 * @param name the campaign name
 * @param pause the typed reason, the Graph error code and since when
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record PausedCampaign(String id, String name, CampaignPause pause) {
}
