package io.github.whatsappstarter.it;

import java.time.Duration;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Builds clients pointed at a simulator, for integration tests.
 */
final class SimulatorClients {

	private SimulatorClients() {
	}

	static CloudApiClient client(WhatsAppSimulator simulator) {
		return client(simulator, Duration.ofSeconds(5));
	}

	static CloudApiClient client(WhatsAppSimulator simulator, Duration readTimeout) {
		return CloudApiClient.builder()
			.baseUrl(simulator.baseUrl())
			.accessToken(simulator.accessToken())
			.apiVersion("v25.0")
			.readTimeout(readTimeout)
			.build();
	}

}
