package io.github.whatsappstarter.metrics;

import java.util.function.ToDoubleFunction;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignProgress;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Gauges over the campaigns this node runs: {@code whatsapp.campaign.running} and the summed
 * progress of unfinished campaigns ({@code whatsapp.campaign.pending}, {@code .sent},
 * {@code .failed}, {@code .rate}). No tags: campaign ids are not low-cardinality.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppCampaignMetrics implements MeterBinder {

	private final WhatsAppCampaigns campaigns;

	/**
	 * Creates the binder.
	 * @param campaigns the campaign registry
	 */
	public WhatsAppCampaignMetrics(WhatsAppCampaigns campaigns) {
		Assert.notNull(campaigns, "campaigns must not be null");
		this.campaigns = campaigns;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("whatsapp.campaign.running", this.campaigns, (c) -> sum(c, (p) -> 1))
			.description("Campaigns running on this node")
			.register(registry);
		gauge(registry, "whatsapp.campaign.pending", "Messages of running campaigns not yet sent or failed",
				CampaignProgress::pending);
		gauge(registry, "whatsapp.campaign.sent", "Messages of running campaigns sent so far", CampaignProgress::sent);
		gauge(registry, "whatsapp.campaign.failed", "Messages of running campaigns failed so far",
				CampaignProgress::failed);
		gauge(registry, "whatsapp.campaign.rate", "Send rate of running campaigns, messages per second",
				CampaignProgress::ratePerSecond);
	}

	private void gauge(MeterRegistry registry, String name, String description,
			ToDoubleFunction<CampaignProgress> value) {
		Gauge.builder(name, this.campaigns, (c) -> sum(c, value)).description(description).register(registry);
	}

	private static double sum(WhatsAppCampaigns campaigns, ToDoubleFunction<CampaignProgress> value) {
		return campaigns.list()
			.stream()
			.map(CampaignHandle::progress)
			.filter((progress) -> !progress.finished())
			.mapToDouble(value)
			.sum();
	}

}
