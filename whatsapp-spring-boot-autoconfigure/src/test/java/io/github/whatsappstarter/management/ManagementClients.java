package io.github.whatsappstarter.management;

import java.time.Duration;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Builds clients pointed at a simulator, for the management tests.
 */
final class ManagementClients {

	private ManagementClients() {
	}

	static CloudApiClient client(WhatsAppSimulator simulator) {
		return CloudApiClient.builder()
			.baseUrl(simulator.baseUrl())
			.accessToken(simulator.accessToken())
			.apiVersion("v25.0")
			.readTimeout(Duration.ofSeconds(5))
			.build();
	}

}
