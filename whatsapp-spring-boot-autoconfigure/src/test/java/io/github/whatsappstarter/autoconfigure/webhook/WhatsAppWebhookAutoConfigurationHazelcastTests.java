package io.github.whatsappstarter.autoconfigure.webhook;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import io.github.whatsappstarter.webhook.HazelcastWebhookDeduplicator;
import io.github.whatsappstarter.webhook.LocalWebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookDeduplicator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppWebhookAutoConfigurationHazelcastTests {

	private static LoopbackHazelcast hazelcast;

	private static HazelcastInstance member;

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppWebhookAutoConfiguration.class))
		.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=secret",
				"whatsapp.webhook.dedupe.max-entries=5000");

	@BeforeAll
	static void startMember() {
		hazelcast = new LoopbackHazelcast("wa-webhook-autoconfig-" + System.nanoTime(), 5981);
		member = hazelcast.member();
	}

	@AfterAll
	static void stopMember() {
		hazelcast.close();
	}

	@Test
	void usesTheHazelcastInstanceForClusterWideDedupe() {
		this.contextRunner.withBean(HazelcastInstance.class, () -> member).run((context) -> {
			WebhookDeduplicator deduplicator = context.getBean(WebhookDeduplicator.class);
			assertThat(deduplicator).isInstanceOf(HazelcastWebhookDeduplicator.class);
			assertThat(deduplicator.markSeen("message:wamid.AC")).isTrue();
			assertThat(member.getMap(HazelcastWebhookDeduplicator.DEFAULT_MAP_NAME).containsKey("message:wamid.AC"))
				.isTrue();
			EvictionConfig eviction = member.getConfig()
				.getMapConfig(HazelcastWebhookDeduplicator.DEFAULT_MAP_NAME)
				.getEvictionConfig();
			assertThat(eviction.getMaxSizePolicy()).isEqualTo(MaxSizePolicy.PER_NODE);
			assertThat(eviction.getSize()).isEqualTo(5000);
		});
	}

	@Test
	void findsAHazelcastInstanceRegisteredByALaterAutoConfiguration() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(LaterHazelcastAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(WebhookDeduplicator.class))
				.isInstanceOf(HazelcastWebhookDeduplicator.class));
	}

	@Test
	void keepsDedupeLocalWithoutAHazelcastInstance() {
		this.contextRunner.run((context) -> assertThat(context.getBean(WebhookDeduplicator.class))
			.isInstanceOf(LocalWebhookDeduplicator.class));
	}

	@AutoConfiguration(after = WhatsAppWebhookAutoConfiguration.class)
	static class LaterHazelcastAutoConfiguration {

		@Bean(destroyMethod = "")
		HazelcastInstance laterHazelcastInstance() {
			return member;
		}

	}

}
