package io.github.whatsappstarter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the configuration metadata and the README's property table honest (the hand-written
 * defaults: {@link PropertyDefaultsTests} and {@code RateLimitDefaultsTests}).
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

}
