package io.github.whatsappstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryProperties;
import io.github.whatsappstarter.retry.Backoff;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the configuration metadata, the hand-written defaults and the README's property table
 * honest.
 */
class ConfigurationMetadataTests {

	private static List<JsonNode> properties() throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			List<JsonNode> properties = new ArrayList<>();
			JsonMapper.builder().build().readTree(in).path("properties").forEach(properties::add);
			return properties;
		}
	}

	@Test
	void everyPropertyIsDocumented() throws IOException {
		assertThat(properties()).isNotEmpty()
			.allSatisfy((property) -> assertThat(property.path("description").asString())
				.as(property.path("name").asString())
				.isNotBlank());
	}

	@Test
	void readmePropertyTableListsEveryProperty() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(properties()).allSatisfy((property) -> assertThat(readme)
			.as("README lists " + property.path("name").asString())
			.contains("`" + property.path("name").asString() + "`"));
	}

	@Test
	void handWrittenRetryDefaultsMatchTheBoundDefaults() throws IOException {
		MockEnvironment environment = new MockEnvironment();
		WhatsAppRetryProperties bound = new Binder(ConfigurationPropertySources.get(environment))
			.bindOrCreate("whatsapp.retry", WhatsAppRetryProperties.class);
		assertBackoff("pair-rate", bound.toPolicy().pairRate());
		assertBackoff("throughput", bound.toPolicy().throughput());
		assertBackoff("transient-failure", bound.toPolicy().transientFailure());
	}

	private static void assertBackoff(String group, Backoff backoff) throws IOException {
		String prefix = "whatsapp.retry." + group + ".";
		assertThat(duration(prefix + "initial")).isEqualTo(backoff.initial());
		assertThat(duration(prefix + "max")).isEqualTo(backoff.max());
		assertThat(number(prefix + "multiplier")).isEqualTo(backoff.multiplier());
		assertThat(number(prefix + "jitter")).isEqualTo(backoff.jitter());
	}

	private static JsonNode property(String name) throws IOException {
		return properties().stream()
			.filter((property) -> name.equals(property.path("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no metadata for " + name));
	}

	private static Duration duration(String name) throws IOException {
		return DurationStyle.detectAndParse(property(name).path("defaultValue").asString());
	}

	private static double number(String name) throws IOException {
		return property(name).path("defaultValue").asDouble();
	}

}
