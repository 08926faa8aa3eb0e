package io.github.whatsappstarter.autoconfigure.health;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppHealthStatusEnvironmentPostProcessorTests {

	private final WhatsAppHealthStatusEnvironmentPostProcessor processor =
			new WhatsAppHealthStatusEnvironmentPostProcessor();

	@Test
	void ordersTheCustomStatusesAndMapsThemToHttp200() {
		StandardEnvironment environment = new StandardEnvironment();
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("management.endpoint.health.status.order"))
			.isEqualTo("DOWN,OUT_OF_SERVICE,DEGRADED,LIMITED,RATE_LIMITED,UP,UNKNOWN");
		Map<String, Integer> mapping = Binder.get(environment)
			.bind("management.endpoint.health.status.http-mapping", Bindable.mapOf(String.class, Integer.class))
			.get();
		assertThat(mapping).containsEntry("degraded", 200)
			.containsEntry("limited", 200)
			.containsEntry("rate-limited", 200)
			.containsEntry("down", 503)
			.containsEntry("out-of-service", 503);
	}

	@Test
	void applicationValuesWin() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("app", Map.of("management.endpoint.health.status.order", "DOWN,UP",
					"management.endpoint.health.status.http-mapping.rate-limited", 429)));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("management.endpoint.health.status.order")).isEqualTo("DOWN,UP");
		assertThat(environment.getProperty("management.endpoint.health.status.http-mapping.rate-limited"))
			.isEqualTo("429");
	}

}
