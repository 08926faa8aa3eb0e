package io.github.whatsappstarter.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatsAppSimulatorExtensionTests {

	@RegisterExtension
	static WhatsAppSimulatorExtension extension = WhatsAppSimulatorExtension
		.withConfig(SimulatorConfig.builder()
			.accessToken("extension-token")
			.latency(Latency.fixed(Duration.ofMillis(20)))
			.build());

	static int firstPort;

	private static int send(WhatsAppSimulator simulator) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(simulator.baseUrl() + "/v24.0/" + simulator.phoneNumberId() + "/messages"))
			.header("Authorization", "Bearer " + simulator.accessToken())
			.POST(HttpRequest.BodyPublishers.ofString("{\"messaging_product\":\"whatsapp\",\"to\":\"1555\","
					+ "\"type\":\"text\",\"text\":{\"body\":\"hi\"}}"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	@Order(1)
	void injectsTheRunningSimulatorWithTheGivenConfig(WhatsAppSimulator simulator) throws Exception {
		firstPort = simulator.port();
		assertThat(simulator.accessToken()).isEqualTo("extension-token");
		assertThat(send(simulator)).isEqualTo(200);
		assertThat(simulator.recorder().acceptedCount()).isEqualTo(1);
	}

	@Test
	@Order(2)
	void keepsOneSimulatorForTheClassAndResetsItBetweenTests(WhatsAppSimulator simulator) {
		assertThat(simulator.port()).isEqualTo(firstPort);
		assertThat(extension.simulator()).isSameAs(simulator);
		assertThat(simulator.recorder().records()).isEmpty();
	}

	@Test
	@Order(3)
	void answersAfterTheConfiguredLatency(WhatsAppSimulator simulator) throws Exception {
		assertThat(simulator.latency()).isEqualTo(Latency.fixed(Duration.ofMillis(20)));
		long start = System.nanoTime();
		assertThat(send(simulator)).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));
		simulator.latency(Latency.fixed(Duration.ofSeconds(5)));
	}

	@Test
	@Order(4)
	void restoresTheConfiguredLatencyBeforeEachTest(WhatsAppSimulator simulator) {
		assertThat(simulator.latency()).isEqualTo(Latency.fixed(Duration.ofMillis(20)));
	}

}
