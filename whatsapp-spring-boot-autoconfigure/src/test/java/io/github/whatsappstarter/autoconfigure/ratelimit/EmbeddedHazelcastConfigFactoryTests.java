package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.util.List;

import com.hazelcast.config.Config;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedHazelcastConfigFactoryTests {

	@Test
	void bindsOnlyToLoopbackWhenNeitherInterfaceNorMembersAreConfigured() {
		Config config = EmbeddedHazelcastConfigFactory.create(new WhatsAppRateLimitProperties.Hazelcast());
		assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
		assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
		assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
	}

	@Test
	void bindsOnlyToTheConfiguredInterface() {
		WhatsAppRateLimitProperties.Hazelcast properties = new WhatsAppRateLimitProperties.Hazelcast();
		properties.getEmbedded().setNetworkInterface("10.1.2.3");
		properties.getEmbedded().setMembers(List.of("10.1.2.4"));
		Config config = EmbeddedHazelcastConfigFactory.create(properties);
		assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
		assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("10.1.2.3");
		assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers()).containsExactly("10.1.2.4");
	}

	@Test
	void keepsHazelcastsDefaultsWhenOnlyMembersAreConfigured() {
		WhatsAppRateLimitProperties.Hazelcast properties = new WhatsAppRateLimitProperties.Hazelcast();
		properties.getEmbedded().setMembers(List.of("10.1.2.4"));
		Config config = EmbeddedHazelcastConfigFactory.create(properties);
		assertThat(config.getProperty("hazelcast.socket.bind.any")).isNull();
		assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isFalse();
	}

	@Test
	void leavesShutdownToSpringAndStaysOffline() {
		Config config = EmbeddedHazelcastConfigFactory.create(new WhatsAppRateLimitProperties.Hazelcast());
		assertThat(config.getProperty("hazelcast.shutdownhook.enabled")).isEqualTo("false");
		assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
		assertThat(config.getNetworkConfig().getJoin().getMulticastConfig().isEnabled()).isFalse();
		assertThat(config.getNetworkConfig().getJoin().getAutoDetectionConfig().isEnabled()).isFalse();
	}

	@Test
	void splitBrainProtectionCoversTheRateLimitAndTheCampaignMapsOfTheEmbeddedMember() {
		WhatsAppRateLimitProperties.Hazelcast properties = new WhatsAppRateLimitProperties.Hazelcast();
		properties.getEmbedded().setSplitBrainProtectionMinSize(2);
		Config config = EmbeddedHazelcastConfigFactory.create(properties);
		assertThat(config.getSplitBrainProtectionConfig(EmbeddedHazelcastConfigFactory.SPLIT_BRAIN_PROTECTION).getMinimumClusterSize())
			.isEqualTo(2);
		assertThat(config.getMapConfig(properties.getMapName()).getSplitBrainProtectionName())
			.isEqualTo(EmbeddedHazelcastConfigFactory.SPLIT_BRAIN_PROTECTION);
		assertThat(config.getMapConfig("whatsapp-campaigns-chunks").getSplitBrainProtectionName())
			.isEqualTo(EmbeddedHazelcastConfigFactory.SPLIT_BRAIN_PROTECTION);
		assertThat(EmbeddedHazelcastConfigFactory.create(new WhatsAppRateLimitProperties.Hazelcast())
			.getMapConfig("whatsapp-campaigns-chunks").getSplitBrainProtectionName()).isNull();
	}

}
