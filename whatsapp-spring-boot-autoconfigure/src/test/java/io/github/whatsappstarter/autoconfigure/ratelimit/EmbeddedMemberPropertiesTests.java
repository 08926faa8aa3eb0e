package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded member's settings live under {@code whatsapp.rate-limit.hazelcast.embedded.*}, apart
 * from the backend's; the keys they had before keep working as deprecated aliases.
 */
class EmbeddedMemberPropertiesTests {

	private static final String OLD = "whatsapp.rate-limit.hazelcast.";

	private static final String NEW = "whatsapp.rate-limit.hazelcast.embedded.";

	private static final List<String> MOVED = List.of("cluster-name", "port", "members", "network-interface",
			"split-brain-protection-min-size");

	@Test
	void theEmbeddedKeysConfigureTheMember() {
		Config config = EmbeddedHazelcastConfigFactory.create(bind(memberKeys(NEW)));
		assertMemberConfigured(config);
	}

	@Test
	void whenBothKeysAreSetTheEmbeddedKeyWinsForEverySetting() {
		Map<String, String> values = new java.util.HashMap<>(memberKeys(NEW));
		values.putAll(Map.of(OLD + "cluster-name", "wa-old", OLD + "port", "7777", OLD + "members", "10.0.0.9:7777",
				OLD + "network-interface", "10.0.0.9", OLD + "split-brain-protection-min-size", "5"));
		assertMemberConfigured(EmbeddedHazelcastConfigFactory.create(bind(values)));
		// and the setters agree whichever comes first
		WhatsAppRateLimitProperties.Hazelcast newFirst = new WhatsAppRateLimitProperties.Hazelcast();
		newFirst.getEmbedded().setPort(6402);
		newFirst.setPort(7777);
		WhatsAppRateLimitProperties.Hazelcast oldFirst = new WhatsAppRateLimitProperties.Hazelcast();
		oldFirst.setPort(7777);
		oldFirst.getEmbedded().setPort(6402);
		assertThat(newFirst.getEmbedded().getPort()).isEqualTo(6402);
		assertThat(oldFirst.getEmbedded().getPort()).isEqualTo(6402);
	}

	@Test
	void theOldKeysStillConfigureTheMember() {
		Config config = EmbeddedHazelcastConfigFactory.create(bind(memberKeys(OLD)));
		assertMemberConfigured(config);
	}

	@Test
	void theMetadataDeprecatesEachOldKeyInFavourOfItsEmbeddedReplacement() throws IOException {
		JsonNode metadata = metadata();
		for (String key : MOVED) {
			JsonNode old = property(metadata, OLD + key);
			assertThat(old.path("description").asString()).as(OLD + key).isNotBlank();
			assertThat(old.path("deprecation").path("replacement").asString()).as(OLD + key).isEqualTo(NEW + key);
			JsonNode replacement = property(metadata, NEW + key);
			assertThat(replacement.has("deprecation")).as(NEW + key).isFalse();
			assertThat(replacement.path("description").asString()).as(NEW + key).isNotBlank();
		}
	}

	@Test
	void anApplicationStillOnTheOldKeysStartsItsEmbeddedMemberFromThem() {
		String clusterName = "wa-old-keys-" + UUID.randomUUID();
		HazelcastInstance[] started = new HazelcastInstance[1];
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WhatsAppRateLimitAutoConfiguration.class))
			.withPropertyValues(OLD + "cluster-name=" + clusterName, OLD + "port=6401",
					OLD + "members=127.0.0.1:6401", OLD + "network-interface=127.0.0.1")
			.run((context) -> {
				started[0] = context.getBean("whatsAppRateLimitHazelcastInstance", HazelcastInstance.class);
				assertThat(started[0].getConfig().getClusterName()).isEqualTo(clusterName);
				assertThat(started[0].getCluster().getLocalMember().getAddress().getHost()).isEqualTo("127.0.0.1");
				assertThat(started[0].getCluster().getLocalMember().getAddress().getPort()).isEqualTo(6401);
				context.getBean(WhatsAppRateLimiter.class).acquire("old-keys", "4917000000002");
			});
		assertThat(started[0].getLifecycleService().isRunning()).isFalse();
	}

	private static Map<String, String> memberKeys(String prefix) {
		return Map.of(prefix + "cluster-name", "wa-keys", prefix + "port", "6402", prefix + "members",
				"127.0.0.1:6402,127.0.0.1:6403", prefix + "network-interface", "127.0.0.1",
				prefix + "split-brain-protection-min-size", "2", OLD + "map-name", "keys-buckets");
	}

	private static void assertMemberConfigured(Config config) {
		assertThat(config.getClusterName()).isEqualTo("wa-keys");
		assertThat(config.getNetworkConfig().getPort()).isEqualTo(6402);
		assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers())
			.containsExactly("127.0.0.1:6402", "127.0.0.1:6403");
		assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
		assertThat(config.getSplitBrainProtectionConfig(EmbeddedHazelcastConfigFactory.SPLIT_BRAIN_PROTECTION)
			.getMinimumClusterSize()).isEqualTo(2);
		assertThat(config.getMapConfig("keys-buckets").getSplitBrainProtectionName())
			.isEqualTo(EmbeddedHazelcastConfigFactory.SPLIT_BRAIN_PROTECTION);
	}

	private static WhatsAppRateLimitProperties.Hazelcast bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("whatsapp.rate-limit", WhatsAppRateLimitProperties.class)
			.getHazelcast();
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = EmbeddedMemberPropertiesTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private static JsonNode property(JsonNode metadata, String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("no metadata for " + name);
	}

}
