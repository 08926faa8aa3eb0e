package io.github.whatsappstarter.autoconfigure;

import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingProperties;
import io.github.whatsappstarter.autoconfigure.campaign.WhatsAppCampaignProperties;
import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryProperties;
import io.github.whatsappstarter.bundling.BundlingSettings;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application without properties behaves like the library's {@code defaults()}, group by group
 * (the rate limiter's group: {@code RateLimitDefaultsTests}).
 */
class PropertyDefaultsTests {

	@Test
	void retryPropertiesWithoutValuesGiveTheLibrarysDefaultPolicy() {
		assertThat(new WhatsAppRetryProperties().toPolicy()).isEqualTo(WhatsAppRetryPolicy.defaults());
	}

	@Test
	void bundlingPropertiesWithoutValuesGiveTheLibrarysDefaultSettings() {
		assertThat(new WhatsAppBundlingProperties().toSettings()).isEqualTo(BundlingSettings.defaults());
	}

	@Test
	void campaignPropertiesWithoutValuesGiveTheLibrarysDefaultSettings() {
		assertThat(new WhatsAppCampaignProperties().toSettings()).isEqualTo(CampaignSettings.defaults());
	}

}
