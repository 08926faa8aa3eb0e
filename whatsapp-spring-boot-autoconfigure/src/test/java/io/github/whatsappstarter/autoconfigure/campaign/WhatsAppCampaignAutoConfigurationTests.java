package io.github.whatsappstarter.autoconfigure.campaign;

import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class WhatsAppCampaignAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class,
				WhatsAppBundlingAutoConfiguration.class, WhatsAppCampaignAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken");

	@Test
	void campaignsBeanIsPresentByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(WhatsAppCampaigns.class);
			assertThat(context.getBean(WhatsAppCampaigns.class).getSettings()).isEqualTo(CampaignSettings.defaults());
		});
	}

	@Test
	void propertiesSetTheCampaignSettings() {
		this.runner
			.withPropertyValues("whatsapp.campaign.max-in-flight=16", "whatsapp.campaign.progress-log-interval=2s",
					"whatsapp.campaign.retain-finished=5")
			.run((context) -> assertThat(context.getBean(WhatsAppCampaigns.class).getSettings())
				.isEqualTo(new CampaignSettings(16, Duration.ofSeconds(2), 5)));
	}

	@Test
	void campaignsCanBeSwitchedOff() {
		this.runner.withPropertyValues("whatsapp.campaign.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppCampaigns.class));
	}

	@Test
	void backsOffOnAUserCampaignsBean() {
		WhatsAppCampaigns own = new WhatsAppCampaigns(mock(WhatsAppOperations.class), CampaignSettings.defaults(),
				null);
		this.runner.withBean(WhatsAppCampaigns.class, () -> own)
			.run((context) -> assertThat(context).getBean(WhatsAppCampaigns.class).isSameAs(own));
	}

	@Test
	void noCampaignsWithoutOperations() {
		this.runner.withPropertyValues("whatsapp.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppCampaigns.class));
	}

	@Test
	void campaignsWorkWithBundlingOn() {
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(WhatsAppCampaigns.class));
	}

}
