package io.github.whatsappstarter.campaign;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;

/**
 * One application node for campaign cluster tests: a Hazelcast member (given), a template on the
 * simulator with a local limiter, and a {@link WhatsAppCampaigns} on the Hazelcast store.
 */
final class CampaignNode implements AutoCloseable {

	final HazelcastCampaignStore store;

	final BucketRateLimiter limiter;

	final WhatsAppTemplate template;

	final WhatsAppCampaigns campaigns;

	CampaignNode(HazelcastInstance member, String baseUrl, String accessToken, String phoneNumberId, int ratePerSecond,
			CampaignSettings settings) {
		this.store = new HazelcastCampaignStore(member, "wa-campaigns", Duration.ofMillis(500));
		this.limiter = new BucketRateLimiter(new LocalBucketStore(),
				RateLimitSettings.defaults().withThroughput(ratePerSecond, 0).withMaxWait(Duration.ofSeconds(60)));
		this.template = WhatsAppTemplate.builder(CloudApiClient.builder()
			.baseUrl(baseUrl)
			.accessToken(accessToken)
			.apiVersion("v25.0")
			.readTimeout(Duration.ofSeconds(5))
			.build(), phoneNumberId).rateLimiter(this.limiter).build();
		this.campaigns = new WhatsAppCampaigns(this.template, settings, null, this.store, (name) -> null);
	}

	@Override
	public void close() {
		this.campaigns.close();
		this.template.close();
		this.limiter.close();
	}

}
