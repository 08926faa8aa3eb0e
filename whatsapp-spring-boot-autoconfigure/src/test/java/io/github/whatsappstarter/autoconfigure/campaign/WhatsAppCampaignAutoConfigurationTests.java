package io.github.whatsappstarter.autoconfigure.campaign;

import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.campaign.CampaignMessageFactory;
import io.github.whatsappstarter.campaign.HazelcastCampaignStore;
import io.github.whatsappstarter.campaign.LocalCampaignStore;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
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

	@Test
	void campaignsLiveInTheApplicationsHazelcastInstance() {
		try (LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-campaign-autoconfig-" + UUID.randomUUID(), 6111)) {
			HazelcastInstance member = hazelcast.member();
			this.runner.withBean(HazelcastInstance.class, () -> member)
				.run((context) -> assertThat(context.getBean(WhatsAppCampaigns.class).getStore())
					.isInstanceOf(HazelcastCampaignStore.class));
		}
	}

	@Test
	void campaignsStayInMemoryWithTheLocalBackend() {
		try (LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-campaign-autoconfig-" + UUID.randomUUID(), 6114)) {
			HazelcastInstance member = hazelcast.member();
			this.runner.withBean(HazelcastInstance.class, () -> member)
				.withPropertyValues("whatsapp.rate-limit.backend=local")
				.run((context) -> assertThat(context.getBean(WhatsAppCampaigns.class).getStore())
					.isInstanceOf(LocalCampaignStore.class));
		}
	}

	@Test
	void campaignsWithoutHazelcastStayInMemory() {
		this.runner.run((context) -> assertThat(context.getBean(WhatsAppCampaigns.class).getStore())
			.isInstanceOf(LocalCampaignStore.class));
	}

	@Test
	void aMessageFactoryBeanIsFoundByNameAndAnUnknownNameIsRefused() {
		CampaignMessageFactory springSale = (recipient) -> List.of(WhatsAppMessage.text(recipient.to(), "sale"));
		this.runner.withBean("springSale", CampaignMessageFactory.class, () -> springSale).run((context) -> {
			WhatsAppCampaigns campaigns = context.getBean(WhatsAppCampaigns.class);
			assertThat(campaigns.campaign().messageFactory("springSale")).isNotNull();
			assertThatIllegalStateException().isThrownBy(() -> campaigns.campaign().messageFactory("autumnSale"))
				.withMessageContaining("autumnSale");
		});
	}

}
