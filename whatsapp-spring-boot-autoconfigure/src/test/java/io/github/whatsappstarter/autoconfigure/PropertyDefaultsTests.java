package io.github.whatsappstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingProperties;
import io.github.whatsappstarter.autoconfigure.campaign.WhatsAppCampaignProperties;
import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryProperties;
import io.github.whatsappstarter.bundling.BundlingSettings;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundling, campaign and retry defaults have one source each, the library's {@code DEFAULT_*}
 * constants ({@link BundlingSettings}, {@link CampaignSettings}, {@link WhatsAppRetryPolicy}): an
 * application without properties behaves like the library's {@code defaults()}, and the metadata the
 * IDE shows lists the same values (the rate limiter's group: {@code RateLimitDefaultsTests}).
 */
class PropertyDefaultsTests {

	private static JsonNode metadata;

	@BeforeAll
	static void readMetadata() throws IOException {
		try (InputStream in = PropertyDefaultsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			metadata = JsonMapper.builder().build().readTree(in);
		}
	}

	@Test
	void retryPropertiesWithoutValuesGiveTheLibrarysDefaultPolicy() {
		assertThat(new WhatsAppRetryProperties().toPolicy()).isEqualTo(WhatsAppRetryPolicy.defaults());
	}

	@Test
	void retryPropertiesBoundFromAnEmptyEnvironmentGiveTheLibrarysDefaultPolicy() {
		WhatsAppRetryProperties bound = new Binder(ConfigurationPropertySources.get(new MockEnvironment()))
			.bindOrCreate("whatsapp.retry", WhatsAppRetryProperties.class);
		assertThat(bound.toPolicy()).isEqualTo(WhatsAppRetryPolicy.defaults());
	}

	@Test
	void bundlingPropertiesWithoutValuesGiveTheLibrarysDefaultSettings() {
		assertThat(new WhatsAppBundlingProperties().toSettings()).isEqualTo(BundlingSettings.defaults());
	}

	@Test
	void campaignPropertiesWithoutValuesGiveTheLibrarysDefaultSettings() {
		assertThat(new WhatsAppCampaignProperties().toSettings()).isEqualTo(CampaignSettings.defaults());
	}

	@Test
	void theMetadataShowsTheLibrarysRetryDefaults() {
		assertThat(value("whatsapp.retry.max-attempts").asInt()).isEqualTo(WhatsAppRetryPolicy.DEFAULT_MAX_ATTEMPTS);
		assertThat(duration("whatsapp.retry.max-total-time")).isEqualTo(WhatsAppRetryPolicy.DEFAULT_MAX_TOTAL_TIME);
		assertBackoff("pair-rate", WhatsAppRetryPolicy.DEFAULT_PAIR_RATE);
		assertBackoff("throughput", WhatsAppRetryPolicy.DEFAULT_THROUGHPUT);
		assertBackoff("transient-failure", WhatsAppRetryPolicy.DEFAULT_TRANSIENT_FAILURE);
		assertBackoff("maintenance", WhatsAppRetryPolicy.DEFAULT_MAINTENANCE);
	}

	@Test
	void theMetadataShowsTheLibrarysBundlingDefaults() {
		assertThat(duration("whatsapp.bundling.window")).isEqualTo(BundlingSettings.DEFAULT_WINDOW);
		assertThat(value("whatsapp.bundling.separator").asString()).isEqualTo(BundlingSettings.DEFAULT_SEPARATOR);
		assertThat(value("whatsapp.bundling.max-messages").asInt()).isEqualTo(BundlingSettings.DEFAULT_MAX_MESSAGES);
		assertThat(duration("whatsapp.bundling.shutdown-timeout")).isEqualTo(BundlingSettings.DEFAULT_SHUTDOWN_TIMEOUT);
	}

	@Test
	void theMetadataShowsTheLibrarysCampaignDefaults() {
		assertThat(value("whatsapp.campaign.max-in-flight").asInt()).isEqualTo(CampaignSettings.DEFAULT_MAX_IN_FLIGHT);
		assertThat(duration("whatsapp.campaign.progress-log-interval"))
			.isEqualTo(CampaignSettings.DEFAULT_PROGRESS_INTERVAL);
		assertThat(value("whatsapp.campaign.retain-finished").asInt())
			.isEqualTo(CampaignSettings.DEFAULT_RETAIN_FINISHED);
		assertThat(value("whatsapp.campaign.failure-sample-size").asInt())
			.isEqualTo(CampaignSettings.DEFAULT_FAILURE_SAMPLE_SIZE);
		assertThat(duration("whatsapp.campaign.retention")).isEqualTo(CampaignSettings.DEFAULT_RETENTION);
		assertThat(duration("whatsapp.campaign.lease-ttl")).isEqualTo(CampaignSettings.DEFAULT_LEASE_TTL);
	}

	private static void assertBackoff(String group, Backoff backoff) {
		String prefix = "whatsapp.retry." + group + ".";
		assertThat(duration(prefix + "initial")).as(prefix + "initial").isEqualTo(backoff.initial());
		assertThat(duration(prefix + "max")).as(prefix + "max").isEqualTo(backoff.max());
		assertThat(value(prefix + "multiplier").asDouble()).as(prefix + "multiplier").isEqualTo(backoff.multiplier());
		assertThat(value(prefix + "jitter").asDouble()).as(prefix + "jitter").isEqualTo(backoff.jitter());
	}

	private static JsonNode value(String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals(name)) {
				JsonNode value = property.path("defaultValue");
				assertThat(value.isMissingNode()).as("metadata default of " + name).isFalse();
				return value;
			}
		}
		throw new AssertionError("no metadata for " + name);
	}

	private static Duration duration(String name) {
		return DurationStyle.detectAndParse(value(name).asString());
	}

}
