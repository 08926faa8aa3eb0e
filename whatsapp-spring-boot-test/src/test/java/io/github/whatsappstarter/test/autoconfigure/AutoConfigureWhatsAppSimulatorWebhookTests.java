package io.github.whatsappstarter.test.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.test.simulator.WebhookSignature;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code webhooks = true} the simulator posts signed status webhooks to the application's endpoint on its
 * random port, with the app secret the kit gave the application, and keeps doing so after the reset between tests.
 */
@SpringBootTest(classes = AutoConfigureWhatsAppSimulatorWebhookTests.App.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "whatsapp.webhook.path=/hooks/whatsapp" })
@AutoConfigureWhatsAppSimulator(webhooks = true, appSecret = "kit-app-secret")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureWhatsAppSimulatorWebhookTests {

	@Autowired
	private WhatsAppSimulator simulator;

	@Autowired
	private Environment environment;

	@Autowired
	private Webhooks webhooks;

	@LocalServerPort
	private int port;

	@Test
	@Order(0)
	void theWebhooksGoToTheWebhookPathOnTheLocalServersPort(@Autowired WhatsAppSimulatorBinding binding) {
		assertThat(binding.webhookUrl()).isEqualTo("http://127.0.0.1:" + this.port + "/hooks/whatsapp");
	}

	@BeforeEach
	void forgetWebhooks() {
		this.webhooks.statuses.clear();
	}

	@Test
	@Order(1)
	void postsSignedStatusWebhooksToTheApplicationsEndpoint() throws Exception {
		assertThat(this.environment.getProperty("whatsapp.webhook.app-secret")).isEqualTo("kit-app-secret");
		assertThat(CloudApiCalls.sendText(this.environment, "15550000001", "hi")).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.webhooks.statuses).containsExactly("sent", "delivered", "read"));
		assertThat(this.webhooks.unsigned).isEmpty();
	}

	@Test
	@Order(2)
	void stillPostsThemAfterTheResetBetweenTests() throws Exception {
		assertThat(CloudApiCalls.sendText(this.environment, "15550000002", "hi")).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.webhooks.statuses.size() == 3);
		assertThat(this.simulator.webhooks().sendInboundText("15550000002", "hello back").join()).isEqualTo(200);
		assertThat(this.webhooks.unsigned).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Webhooks.class)
	static class App {

	}

	@RestController
	static class Webhooks {

		final List<String> statuses = new CopyOnWriteArrayList<>();

		final List<String> unsigned = new CopyOnWriteArrayList<>();

		@Value("${whatsapp.webhook.app-secret}")
		private String appSecret;

		@PostMapping("/hooks/whatsapp")
		ResponseEntity<Void> receive(@RequestBody String body,
				@RequestHeader("X-Hub-Signature-256") String signature) {
			if (!WebhookSignature.verify(this.appSecret, body.getBytes(StandardCharsets.UTF_8), signature)) {
				this.unsigned.add(body);
				return ResponseEntity.status(403).build();
			}
			for (String status : new String[] { "sent", "delivered", "read" }) {
				if (body.contains("\"status\":\"" + status + "\"")) {
					this.statuses.add(status);
				}
			}
			return ResponseEntity.ok().build();
		}

	}

}
