package io.github.whatsappstarter.autoconfigure.health;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.autoconfigure.metrics.WhatsAppMetricsAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.metrics.WhatsAppObservationAutoConfiguration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the hand-written metadata honest: every switch the health, metrics and observation
 * conditions read is documented.
 */
class ObservabilityMetadataTests {

	@Test
	void documentsEverySwitchTheConditionsRead() throws Exception {
		List<String> switches = new ArrayList<>();
		for (Class<?> type : WhatsAppHealthContributorAutoConfiguration.class.getDeclaredClasses()) {
			ConditionalOnEnabledHealthIndicator health = type.getAnnotation(ConditionalOnEnabledHealthIndicator.class);
			if (health != null) {
				switches.add("management.health." + health.value() + ".enabled");
			}
		}
		for (Class<?> type : List.of(WhatsAppMetricsAutoConfiguration.class,
				WhatsAppObservationAutoConfiguration.class)) {
			switches.addAll(List.of(type.getAnnotation(ConditionalOnBooleanProperty.class).name()));
		}
		assertThat(switches).hasSize(4);
		try (InputStream metadata = getClass()
			.getResourceAsStream("/META-INF/additional-spring-configuration-metadata.json")) {
			JsonNode properties = JsonMapper.builder().build().readTree(metadata).path("properties");
			assertThat(properties.findValuesAsString("name")).containsAll(switches);
		}
	}

}
