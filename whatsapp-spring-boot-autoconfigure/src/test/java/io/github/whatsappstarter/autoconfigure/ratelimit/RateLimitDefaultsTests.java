package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter's defaults have one source, {@link RateLimitSettings}: the properties start from
 * it, and the metadata the IDE shows lists the same values.
 */
class RateLimitDefaultsTests {

	@Test
	void propertiesWithoutValuesGiveTheLibrarysDefaults() {
		assertThat(new WhatsAppRateLimitProperties().toSettings()).isEqualTo(RateLimitSettings.defaults());
	}

	@Test
	void theDefaultsKeepBothSafetyMarginsOfMetasRatesFree() {
		RateLimitSettings defaults = RateLimitSettings.defaults();
		assertThat(defaults.effectiveMessagesPerSecond(80)).isEqualTo(76);
		assertThat(defaults.pairInterval()).isEqualTo(Duration.ofNanos(6_666_666_667L));
	}

	@Test
	void theMetadataShowsTheLibrarysDefaults() throws IOException {
		JsonNode metadata = metadata();
		assertThat(duration(metadata, "max-wait")).isEqualTo(RateLimitSettings.DEFAULT_MAX_WAIT);
		assertThat(value(metadata, "throughput.messages-per-second").asInt())
			.isEqualTo(RateLimitSettings.DEFAULT_MESSAGES_PER_SECOND);
		assertThat(value(metadata, "throughput.safety-margin").asDouble())
			.isEqualTo(RateLimitSettings.DEFAULT_THROUGHPUT_SAFETY_MARGIN);
		assertThat(duration(metadata, "throughput.cooldown")).isEqualTo(RateLimitSettings.DEFAULT_THROUGHPUT_COOLDOWN);
		assertThat(duration(metadata, "pair.interval")).isEqualTo(RateLimitSettings.DEFAULT_PAIR_INTERVAL);
		assertThat(value(metadata, "pair.burst").asInt()).isEqualTo(RateLimitSettings.DEFAULT_PAIR_BURST);
		assertThat(value(metadata, "pair.safety-margin").asDouble())
			.isEqualTo(RateLimitSettings.DEFAULT_PAIR_SAFETY_MARGIN);
		assertThat(duration(metadata, "hazelcast.recovery-interval"))
			.isEqualTo(RateLimitSettings.DEFAULT_RECOVERY_INTERVAL);
	}

	@Test
	void failFastIsDeprecatedInTheMetadataInFavourOfMaxWait() throws IOException {
		JsonNode deprecation = property(metadata(), "fail-fast").path("deprecation");
		assertThat(deprecation.path("replacement").asString()).isEqualTo("whatsapp.rate-limit.max-wait");
		assertThat(deprecation.path("reason").asString()).contains("max-wait 0");
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = RateLimitDefaultsTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private static JsonNode property(JsonNode metadata, String name) {
		for (JsonNode property : metadata.path("properties")) {
			if (property.path("name").asString().equals("whatsapp.rate-limit." + name)) {
				return property;
			}
		}
		throw new AssertionError("no metadata for whatsapp.rate-limit." + name);
	}

	private static JsonNode value(JsonNode metadata, String name) {
		JsonNode value = property(metadata, name).path("defaultValue");
		assertThat(value.isMissingNode()).as("default of " + name).isFalse();
		return value;
	}

	private static Duration duration(JsonNode metadata, String name) {
		return DurationStyle.detectAndParse(value(metadata, name).asString());
	}

}
