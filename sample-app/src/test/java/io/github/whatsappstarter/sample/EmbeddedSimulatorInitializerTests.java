package io.github.whatsappstarter.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The sample as it runs by default: its own embedded simulator takes its settings from
 * {@code sample.simulator.*}, posts status webhooks back to the app and stops with it.
 */
class EmbeddedSimulatorInitializerTests {

	@Test
	void theEmbeddedSimulatorServesTheAppPostsItsWebhooksAndStopsWithIt() throws Exception {
		WhatsAppSimulator simulator;
		// arguments, as on a command line: they win over the sample's application.yml
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--sample.simulator.throughput=7",
				"--whatsapp.rate-limit.hazelcast.embedded.cluster-name=sample-initializer-test")) {
			simulator = context.getBean(WhatsAppSimulator.class);
			assertThat(simulator.config().throughputPerSecond()).isEqualTo(7);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			String sent = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"15551230002\",\"text\":\"Hi\"}"))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			String messageId = sent.replaceAll(".*\"messageId\":\"([^\"]+)\".*", "$1");
			assertThat(simulator).hasSentText("15551230002", "Hi");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(http
					.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages/" + messageId + "/status"))
						.build(), HttpResponse.BodyHandlers.ofString())
					.body()).contains("\"read\""));
		}
		assertThatExceptionOfType(java.net.ConnectException.class)
			.isThrownBy(() -> HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v25.0/1/messages")).build(),
						HttpResponse.BodyHandlers.discarding()));
	}

}
