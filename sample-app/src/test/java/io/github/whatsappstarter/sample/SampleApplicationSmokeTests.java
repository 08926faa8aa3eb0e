package io.github.whatsappstarter.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.management.template.TemplateCategory;
import io.github.whatsappstarter.management.template.TemplateDefinition;
import io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the sample app on a random port and talks to it over HTTP, the way a user of the starter
 * tests an application: with the test kit's simulator (the sample's own embedded one is off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sample.simulator.enabled=false", "whatsapp.rate-limit.hazelcast.embedded.cluster-name=sample-smoke-test",
				"hazelcast.phone.home.enabled=false" })
@AutoConfigureWhatsAppSimulator(webhooks = true)
class SampleApplicationSmokeTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private WhatsAppSimulator simulator;

	@Autowired
	private WhatsAppOperations whatsApp;

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void listsTheAccountsTemplatesFromTheEmbeddedSimulator() throws Exception {
		this.whatsApp.templates()
			.create(TemplateDefinition.builder("sample_order_update", "en_US", TemplateCategory.UTILITY)
				.body("Hi {{1}}, your order has shipped.", "Ada")
				.build());

		HttpResponse<String> response = get("/api/templates");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode templates = json.readTree(response.body());
		assertThat(templates.findValuesAsString("name")).contains("sample_order_update");
		assertThat(json.readTree(get("/api/templates?status=PENDING").body()).findValuesAsString("name"))
			.doesNotContain("sample_order_update");
	}

	@Test
	void sendsATextThroughTheEmbeddedSimulator() throws Exception {
		HttpResponse<String> response = post("/api/messages", "{\"to\":\"15551234567\",\"text\":\"Hello\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json.readTree(response.body());
		assertThat(body.path("messageId").asString()).startsWith("wamid.");
		assertThat(body.path("bundled").asBoolean()).isFalse();
		assertThat(this.simulator.recorder().records()).anySatisfy(
				(record) -> assertThat(record.wamid()).isEqualTo(body.path("messageId").asString()));
		assertThat(this.simulator).hasSentText("+15551234567", "Hello").hasNoErrors();
	}

	@Test
	void reportsTheDeliveryStatusThatTheSimulatorPostsToTheWebhook() throws Exception {
		String messageId = json.readTree(post("/api/messages", "{\"to\":\"15551230001\",\"text\":\"Hi\"}").body())
			.path("messageId")
			.asString();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			HttpResponse<String> status = get("/api/messages/" + messageId + "/status");
			assertThat(status.statusCode()).isEqualTo(200);
			assertThat(json.readTree(status.body()).path("status").asString()).isEqualTo("read");
		});
	}

	@Test
	void runsACampaignToCompletion() throws Exception {
		HttpResponse<String> started = post("/api/campaigns",
				"{\"recipients\":[\"15551110001\",\"15551110002\",\"15551110003\"],\"text\":\"Sale!\"}");
		assertThat(started.statusCode()).isEqualTo(202);
		String id = json.readTree(started.body()).path("id").asString();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode progress = json.readTree(get("/api/campaigns/" + id).body());
			assertThat(progress.path("done").asBoolean()).isTrue();
			assertThat(progress.path("sent").asInt()).isEqualTo(3);
			assertThat(progress.path("failed").asInt()).isZero();
			assertThat(progress.path("status").asString()).isEqualTo("COMPLETED");
		});
		assertThat(post("/api/campaigns/" + id + "/cancel", "").statusCode()).as("a finished campaign").isEqualTo(409);
		assertThat(post("/api/campaigns/" + id + "/resume", "").statusCode()).isEqualTo(409);
		assertThat(get("/api/campaigns/no-such-campaign").statusCode()).isEqualTo(404);
	}

	@Test
	void exposesHealthAndTheWhatsAppEndpoint() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(json.readTree(health.body()).path("components").has("whatsApp")).isTrue();
		HttpResponse<String> endpoint = get("/actuator/whatsapp");
		assertThat(endpoint.statusCode()).isEqualTo(200);
		assertThat(endpoint.body()).doesNotContain(this.simulator.accessToken());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void rejectsBadInputWithTheFieldBeforeAnythingIsSent() throws Exception {
		HttpResponse<String> response = post("/api/messages", "{\"to\":\"not-a-number\",\"text\":\"Hello\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("field").asString()).isEqualTo("to");
		assertThat(this.simulator.recorder().records()).isEmpty();
	}

}
