package io.github.whatsappstarter.it;

import io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the {@code Health*}, {@code Metrics*} and {@code Endpoint*} simulator tests: one
 * {@link HealthTestApplication} context on a random port with a simulator, shared through the
 * context cache.
 */
@SpringBootTest(classes = HealthTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,whatsapp,configprops,env,metrics",
				"management.endpoint.health.show-details=always", "management.endpoint.env.show-values=always",
				"management.endpoint.health.group.readiness.include=readinessState,whatsAppRateLimiter",
				"management.endpoint.configprops.show-values=always", "management.health.hazelcast.enabled=false",
				"whatsapp.health.cache-ttl=0s", "whatsapp.health.waiting-callers-threshold=3",
				"whatsapp.retry.transient-failure.initial=10ms",
				"whatsapp.webhook.app-secret=" + HealthTestApplication.APP_SECRET })
@AutoConfigureWhatsAppSimulator(limits = false, accessToken = HealthTestApplication.ACCESS_TOKEN)
abstract class HealthTestBase {

	@LocalServerPort
	protected int port;

	@Autowired
	protected WhatsAppSimulator simulator;

}
