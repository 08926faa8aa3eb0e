package io.github.whatsappstarter.autoconfigure.webhook;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.webhook.FailedStatusHandler;
import io.github.whatsappstarter.webhook.MessageStatus;
import io.github.whatsappstarter.webhook.WebhookFuzzPayloads;
import io.github.whatsappstarter.webhook.WebhookPayloads;
import io.github.whatsappstarter.webhook.WhatsAppInboundMessageEvent;
import io.github.whatsappstarter.webhook.WhatsAppStatusEvent;
import io.github.whatsappstarter.webhook.WhatsAppWebhookErrorEvent;
import io.github.whatsappstarter.webhook.WhatsAppWebhookEvent;
import io.github.whatsappstarter.webhook.WhatsAppWebhookSkippedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, classes = WhatsAppWebhookHttpIntegrationTests.TestApp.class,
		properties = { "server.address=127.0.0.1", "whatsapp.enabled=false", "whatsapp.webhook.enabled=true",
				"whatsapp.webhook.app-secret=" + WhatsAppWebhookHttpIntegrationTests.SECRET,
				"whatsapp.webhook.verify-token=" + WhatsAppWebhookHttpIntegrationTests.VERIFY_TOKEN,
				"whatsapp.webhook.max-body-size=64KB" })
class WhatsAppWebhookHttpIntegrationTests {

	static final String SECRET = "it-app-secret";

	static final String VERIFY_TOKEN = "it-verify-token";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private Collector collector;

	@BeforeEach
	void clear() {
		this.collector.events.clear();
		this.collector.failed.clear();
		this.collector.failOnce.clear();
	}

	private URI uri(String query) {
		return URI.create("http://127.0.0.1:" + this.port + "/whatsapp/webhook" + query);
	}

	private HttpResponse<String> get(String mode, String token, String challenge) throws Exception {
		String query = "?hub.mode=" + mode + "&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
				+ "&hub.challenge=" + challenge;
		return this.http.send(HttpRequest.newBuilder(uri(query)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private int post(byte[] body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("X-Hub-Signature-256", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private int postSigned(String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return post(bytes, WebhookPayloads.sign(SECRET, bytes));
	}

	@Test
	void answersTheHandshakeWithTheRawChallenge() throws Exception {
		HttpResponse<String> response = get("subscribe", VERIFY_TOKEN, "1158201444");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("1158201444");
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
	}

	@Test
	void refusesTheHandshakeWithAWrongToken() throws Exception {
		assertThat(get("subscribe", "guess", "1").statusCode()).isEqualTo(403);
		assertThat(get("unsubscribe", VERIFY_TOKEN, "1").statusCode()).isEqualTo(403);
	}

	@Test
	void publishesTypedEventsForASignedDelivery() throws Exception {
		assertThat(postSigned(WebhookPayloads.inboundTextWithContext())).isEqualTo(200);
		String messageId = "wamid." + UUID.randomUUID();
		assertThat(postSigned(WebhookPayloads.failedStatus(messageId, 131056))).isEqualTo(200);
		assertThat(postSigned(WebhookPayloads.valueLevelThroughputError())).isEqualTo(200);
		assertThat(this.collector.events).hasSize(3);
		assertThat(this.collector.events.get(0)).isInstanceOfSatisfying(WhatsAppInboundMessageEvent.class,
				(event) -> assertThat(event.textBody()).isEqualTo("Does it come in another color?"));
		assertThat(this.collector.events.get(1)).isInstanceOfSatisfying(WhatsAppStatusEvent.class,
				(event) -> assertThat(event.retryable()).isTrue());
		assertThat(this.collector.events.get(2)).isInstanceOf(WhatsAppWebhookErrorEvent.class);
		assertThat(this.collector.failed).singleElement()
			.satisfies((event) -> assertThat(event.messageId()).isEqualTo(messageId));
	}

	@Test
	void answers200AndPublishesBothForAUsernameUsersMessageAndADeliveredStatusOfAnotherMessageInOneDelivery()
			throws Exception {
		String inboundId = "wamid." + UUID.randomUUID();
		String statusId = "wamid." + UUID.randomUUID();
		assertThat(postSigned(WebhookPayloads.usernameUserTextAndDeliveredStatus(inboundId, statusId))).isEqualTo(200);
		assertThat(this.collector.events).hasSize(2);
		assertThat(this.collector.events.get(0)).isInstanceOfSatisfying(WhatsAppInboundMessageEvent.class, (event) -> {
			assertThat(event.id()).isEqualTo(inboundId);
			assertThat(event.from()).isNull();
			assertThat(event.sender().userId()).isEqualTo("US.13491208655302741918");
			assertThat(event.sender().username()).isEqualTo("@sheena");
		});
		assertThat(this.collector.events.get(1)).isInstanceOfSatisfying(WhatsAppStatusEvent.class, (event) -> {
			assertThat(event.messageId()).isEqualTo(statusId);
			assertThat(event.status()).isEqualTo(MessageStatus.DELIVERED);
		});
	}

	@Test
	void answers200AndPublishesTheRestOfADeliveryWithAMalformedElement() throws Exception {
		String statusId = "wamid." + UUID.randomUUID();
		String body = WebhookPayloads.envelope("""
				"messages":[{"id":"wamid.NOSENDER","timestamp":"1","type":"text","text":{"body":"?"}}],
				"statuses":[{"id":"%s","status":"delivered","timestamp":1767225600,"recipient_id":"15550001111","new":null}]"""
			.formatted(statusId));
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(this.collector.events).hasSize(2);
		assertThat(this.collector.events.get(0)).isInstanceOfSatisfying(WhatsAppWebhookSkippedEvent.class, (event) -> {
			assertThat(event.path()).isEqualTo("$.entry[0].changes[0].value.messages[0]");
			assertThat(event.reason()).contains("'from_user_id'");
		});
		assertThat(this.collector.events.get(1)).isInstanceOfSatisfying(WhatsAppStatusEvent.class,
				(event) -> assertThat(event.messageId()).isEqualTo(statusId));
	}

	@Test
	void rejectsTamperedWrongSecretAndUnsignedDeliveriesWithoutEvents() throws Exception {
		byte[] body = WebhookPayloads.status("wamid." + UUID.randomUUID(), "sent", 1).getBytes(StandardCharsets.UTF_8);
		String signature = WebhookPayloads.sign(SECRET, body);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"sent\"", "\"read\"")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(post(tampered, signature)).isEqualTo(403);
		assertThat(post(body, WebhookPayloads.sign("wrong-secret", body))).isEqualTo(403);
		assertThat(post(body, "sha256=nothex")).isEqualTo(403);
		assertThat(post(body, null)).isEqualTo(401);
		assertThat(this.collector.events).isEmpty();
		assertThat(post(body, signature)).isEqualTo(200);
		assertThat(this.collector.events).hasSize(1);
	}

	@Test
	void publishesADuplicateDeliveryOnce() throws Exception {
		String body = WebhookPayloads.status("wamid." + UUID.randomUUID(), "delivered", 2);
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(this.collector.events).hasSize(1);
	}

	@Test
	void aListenerThatThrowsGets500AndTheSameSignedDeliveryRunsItAgain() throws Exception {
		String messageId = "wamid." + UUID.randomUUID();
		String body = WebhookPayloads.status(messageId, "delivered", 2);
		this.collector.failOnce.add(messageId);
		assertThat(postSigned(body)).isEqualTo(500);
		assertThat(this.collector.events).isEmpty();
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(this.collector.events).singleElement()
			.satisfies((event) -> assertThat(((WhatsAppStatusEvent) event).messageId()).isEqualTo(messageId));
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(this.collector.events).hasSize(1);
	}

	@Test
	void aRedeliveryRepublishesOnlyTheUpdatesWhoseListenerFailed() throws Exception {
		String succeeds = "wamid." + UUID.randomUUID();
		String fails = "wamid." + UUID.randomUUID();
		String body = WebhookPayloads.envelope("""
				"statuses":[{"id":"%s","status":"sent","timestamp":"1","recipient_id":"15550001111"},
				{"id":"%s","status":"sent","timestamp":"1","recipient_id":"15550001111"}]""".formatted(succeeds, fails));
		this.collector.failOnce.add(fails);
		assertThat(postSigned(body)).isEqualTo(500);
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(this.collector.events).extracting((event) -> ((WhatsAppStatusEvent) event).messageId())
			.containsExactly(succeeds, fails);
	}

	@Test
	void marksALateDeliveredAfterReadAsOutOfOrder() throws Exception {
		String messageId = "wamid." + UUID.randomUUID();
		postSigned(WebhookPayloads.status(messageId, "read", 3));
		postSigned(WebhookPayloads.status(messageId, "delivered", 2));
		assertThat(this.collector.events).extracting((event) -> (WhatsAppStatusEvent) event)
			.extracting(WhatsAppStatusEvent::status, WhatsAppStatusEvent::outOfOrder)
			.containsExactly(tuple(MessageStatus.READ, false),
					tuple(MessageStatus.DELIVERED, true));
	}

	@Test
	void rejectsABodyOverTheLimitWith413() throws Exception {
		String body = WebhookPayloads.envelope("\"pad\":\"" + "x".repeat(70 * 1024) + "\"");
		assertThat(postSigned(body)).isEqualTo(413);
		assertThat(this.collector.events).isEmpty();
	}

	@Test
	void rejectsMalformedJsonWith400AndWrongContentTypeWith415() throws Exception {
		assertThat(postSigned("{\"object\":\"whatsapp_business_account\",\"entry\":[")).isEqualTo(400);
		byte[] body = WebhookPayloads.inboundTextWithContext().getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "text/plain")
			.header("X-Hub-Signature-256", WebhookPayloads.sign(SECRET, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		assertThat(this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(415);
		assertThat(this.collector.events).isEmpty();
	}

	@Test
	void neverAnswers5xxToMutatedBodies() throws Exception {
		for (byte[] body : WebhookFuzzPayloads.generate(77L, 60)) {
			assertThat(post(body, WebhookPayloads.sign(SECRET, body))).isIn(200, 400);
			assertThat(post(body, null)).isEqualTo(401);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApp {

		@Bean
		Collector collector() {
			return new Collector();
		}

		@Bean
		FailedStatusHandler collectingFailedStatusHandler(Collector collector) {
			return collector.failed::add;
		}

	}

	static class Collector {

		final List<WhatsAppWebhookEvent> events = new CopyOnWriteArrayList<>();

		final List<WhatsAppStatusEvent> failed = new CopyOnWriteArrayList<>();

		final Set<String> failOnce = ConcurrentHashMap.newKeySet();

		@EventListener
		void on(WhatsAppWebhookEvent event) {
			if (event instanceof WhatsAppStatusEvent status && this.failOnce.remove(status.messageId())) {
				throw new IllegalStateException("listener failed on purpose");
			}
			this.events.add(event);
		}

	}

}
