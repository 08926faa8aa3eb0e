package io.github.whatsappstarter.campaign;

import java.io.Serializable;
import java.time.Instant;

/**
 * Why and since when a campaign is paused.
 *
 * @param reason the typed reason
 * @param errorCode the Graph error code that paused it, or 0
 * @param detail the error's message (recipient masked), or a description
 * @param since when it paused
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record CampaignPause(CampaignPauseReason reason, int errorCode, String detail, Instant since)
		implements Serializable {
}
