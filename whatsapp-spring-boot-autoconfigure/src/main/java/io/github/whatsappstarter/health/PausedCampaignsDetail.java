package io.github.whatsappstarter.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.whatsappstarter.campaign.PausedCampaign;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.health.contributor.Health;

/**
 * Adds the paused campaigns to a health builder as detail {@code pausedCampaigns}: for each its
 * {@code id}, {@code name}, {@code reason}, {@code errorCode} and {@code since}. Read on every
 * health call (never cached with the phone-number read), and left out when nothing is paused. The
 * pause's free-text detail is not shown: it may carry a (masked) recipient.
 */
final class PausedCampaignsDetail {

	static final String KEY = "pausedCampaigns";

	private static final Log logger = LogFactory.getLog(PausedCampaignsDetail.class);

	private final Supplier<List<PausedCampaign>> campaigns;

	PausedCampaignsDetail(Supplier<List<PausedCampaign>> campaigns) {
		this.campaigns = campaigns;
	}

	void addTo(Health.Builder builder) {
		List<PausedCampaign> paused;
		try {
			paused = this.campaigns.get();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not list the paused campaigns", ex);
			return;
		}
		if (!paused.isEmpty()) {
			builder.withDetail(KEY, paused.stream().map(PausedCampaignsDetail::describe).toList());
		}
	}

	private static Map<String, Object> describe(PausedCampaign campaign) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("id", campaign.id());
		described.put("name", campaign.name());
		described.put("reason", campaign.pause().reason().name());
		described.put("errorCode", campaign.pause().errorCode());
		described.put("since", campaign.pause().since().toString());
		return described;
	}

}
