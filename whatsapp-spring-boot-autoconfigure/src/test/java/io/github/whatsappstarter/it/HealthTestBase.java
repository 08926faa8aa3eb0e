package io.github.whatsappstarter.it;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the {@code Health*}, {@code Metrics*} and {@code Endpoint*} simulator tests: one
 * {@link HealthTestApplication} context on a random port, shared through the context cache.
 */
@SpringBootTest(classes = HealthTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,whatsapp,configprops,env,metrics",
				"management.endpoint.health.show-details=always", "management.endpoint.env.show-values=always",
				"management.endpoint.health.group.readiness.include=readinessState,whatsAppRateLimiter",
				"management.endpoint.configprops.show-values=always", "management.health.hazelcast.enabled=false",
				"whatsapp.health.cache-ttl=0s", "whatsapp.health.waiting-callers-threshold=3",
				"whatsapp.retry.transient-failure.initial=10ms",
				"whatsapp.webhook.app-secret=" + HealthTestApplication.APP_SECRET,
				"whatsapp.access-token=" + HealthTestApplication.ACCESS_TOKEN })
abstract class HealthTestBase {

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void simulatorProperties(DynamicPropertyRegistry registry) {
		registry.add("whatsapp.api.base-url", HealthTestApplication.SIMULATOR::baseUrl);
		registry.add("whatsapp.phone-number-id", HealthTestApplication.SIMULATOR::phoneNumberId);
	}

}
