package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookTests {

	private static final String SECRET = "app-secret-for-tests";

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private HttpServer receiver;

	private WhatsAppSimulator simulator;

	private SimulatorClient client;

	@BeforeEach
	void start() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/webhook", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				this.received.add(new Received(in.readAllBytes(),
						exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.receiver.start();
		String url = "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/webhook";
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().webhookUrl(url).appSecret(SECRET).build());
		this.client = new SimulatorClient(this.simulator);
	}

	@AfterEach
	void stop() {
		this.simulator.close();
		this.receiver.stop(0);
	}

	private String sendText(String to) {
		return this.client.send(SimulatorClient.text(to, "hi")).json().path("messages").get(0).path("id").asString();
	}

	private List<String> statuses() {
		return this.received.stream().map((r) -> r.json().path("entry").get(0).path("changes").get(0).path("value")
				.path("statuses").get(0).path("status").asString()).toList();
	}

	@Test
	void postsSentDeliveredReadInMetasShapeSignedWithTheAppSecret() {
		String wamid = sendText("+15550001111");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 3);
		assertThat(statuses()).containsExactly("sent", "delivered", "read");
		Received first = this.received.get(0);
		JsonNode json = first.json();
		assertThat(json.path("object").asString()).isEqualTo("whatsapp_business_account");
		JsonNode value = json.path("entry").get(0).path("changes").get(0).path("value");
		assertThat(value.path("metadata").path("phone_number_id").asString()).isEqualTo(this.simulator.phoneNumberId());
		JsonNode status = value.path("statuses").get(0);
		assertThat(status.path("id").asString()).isEqualTo(wamid);
		assertThat(status.path("recipient_id").asString()).isEqualTo("15550001111");
		assertThat(status.path("timestamp").asString()).matches("\\d+");
		assertThat(WebhookSignature.verify(SECRET, first.body(), first.signature())).isTrue();
		assertThat(WebhookSignature.verify("wrong-secret", first.body(), first.signature())).isFalse();
		assertThat(first.signature()).startsWith("sha256=").hasSize(7 + 64);
	}

	@Test
	void signatureCoversTheExactBytes() {
		sendText("1555");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 3);
		Received first = this.received.get(0);
		byte[] tampered = new String(first.body(), StandardCharsets.UTF_8).replace("sent", "read")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.verify(SECRET, tampered, first.signature())).isFalse();
	}

	@Test
	void sendsDuplicatesAndOutOfOrderWhenAsked() {
		this.simulator.webhooks().autoStatuses("delivered", "read").duplicates(true).outOfOrder(true);
		sendText("1555");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 4);
		assertThat(statuses()).containsExactly("read", "read", "delivered", "delivered");
	}

	@Test
	void postsFailedWithTheGivenErrorCodes() {
		this.simulator.webhooks().failFor("+15550002222", 131049);
		sendText("15550002222");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 2);
		assertThat(statuses()).containsExactly("sent", "failed");
		JsonNode error = this.received.get(1).json().path("entry").get(0).path("changes").get(0).path("value")
			.path("statuses").get(0).path("errors").get(0);
		assertThat(error.path("code").asInt()).isEqualTo(131049);
		assertThat(error.path("title").asString()).isNotEmpty();
	}

	@Test
	void sendsAStatusOnDemand() {
		this.simulator.webhooks().autoStatuses();
		String wamid = sendText("1555");
		assertThat(this.simulator.webhooks().sendStatus(wamid, "failed", 131026).join()).isEqualTo(200);
		assertThat(this.received).hasSize(1);
		JsonNode status = this.received.get(0).json().path("entry").get(0).path("changes").get(0).path("value")
			.path("statuses").get(0);
		assertThat(status.path("id").asString()).isEqualTo(wamid);
		assertThat(status.path("errors").get(0).path("code").asInt()).isEqualTo(131026);
	}

	@Test
	void postsArbitraryAndInboundPayloadsSigned() {
		String payload = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
		assertThat(this.simulator.webhooks().postSigned(payload).join()).isEqualTo(200);
		assertThat(this.simulator.webhooks().sendInboundText("15550003333", "hello there").join()).isEqualTo(200);
		assertThat(new String(this.received.get(0).body(), StandardCharsets.UTF_8)).isEqualTo(payload);
		assertThat(WebhookSignature.verify(SECRET, this.received.get(0).body(), this.received.get(0).signature()))
			.isTrue();
		JsonNode message = this.received.get(1).json().path("entry").get(0).path("changes").get(0).path("value")
			.path("messages").get(0);
		assertThat(message.path("from").asString()).isEqualTo("15550003333");
		assertThat(message.path("text").path("body").asString()).isEqualTo("hello there");
	}

	@Test
	void postsNothingForRejectedMessages() throws InterruptedException {
		this.simulator.faults().inject(Fault.serverError());
		this.client.send(SimulatorClient.text("1555", "x"));
		this.simulator.faults().clear();
		this.simulator.webhooks().autoStatuses("sent");
		sendText("1666");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 1);
		Thread.sleep(100);
		assertThat(this.received).hasSize(1);
	}

	@Test
	void postsStatusesOnlyAfterTheDelayedAnswerWasWritten() throws InterruptedException {
		this.simulator.latency(Latency.fixed(Duration.ofMillis(400)));
		java.util.concurrent.CompletableFuture<SimulatorClient.Reply> answer = this.client
			.sendAsync(SimulatorClient.text("15550001111", "hi"));
		await().atMost(Duration.ofSeconds(2)).until(() -> this.simulator.recorder().acceptedCount() == 1);
		Thread.sleep(200);
		assertThat(answer).isNotDone();
		assertThat(this.received).isEmpty();
		String wamid = answer.join().json().path("messages").get(0).path("id").asString();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 3);
		assertThat(statuses()).containsExactly("sent", "delivered", "read");
		assertThat(this.received.get(0).json().path("entry").get(0).path("changes").get(0).path("value")
			.path("statuses").get(0).path("id").asString()).isEqualTo(wamid);
	}

	private static JsonNode value(Received received) {
		return received.json().path("entry").get(0).path("changes").get(0).path("value");
	}

	@Test
	void acceptsABusinessScopedUserIdRecipientAndPostsStatusesWithRecipientUserIdUsernameAndPricing() {
		this.simulator.webhooks().username("US.13491208655302741918", "@sheena");
		SimulatorClient.Reply reply = this.client.send("""
				{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
				 "type":"text","text":{"body":"Hello"}}""");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode contact = reply.json().path("contacts").get(0);
		assertThat(contact.path("input").asString()).isEqualTo("US.13491208655302741918");
		assertThat(contact.path("user_id").asString()).isEqualTo("US.13491208655302741918");
		assertThat(contact.has("wa_id")).isFalse();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.received.size() == 3);
		assertThat(statuses()).containsExactly("sent", "delivered", "read");
		JsonNode sent = value(this.received.get(0));
		assertThat(sent.path("statuses").get(0).has("recipient_id")).isFalse();
		assertThat(sent.path("statuses").get(0).path("recipient_user_id").asString()).isEqualTo("US.13491208655302741918");
		assertThat(sent.path("statuses").get(0).path("pricing").path("category").asString()).isEqualTo("service");
		assertThat(sent.path("contacts").get(0).path("profile").has("username")).isFalse();
		JsonNode delivered = value(this.received.get(1));
		assertThat(delivered.path("contacts").get(0).path("profile").path("username").asString()).isEqualTo("@sheena");
		assertThat(delivered.path("statuses").get(0).path("pricing").path("pricing_model").asString()).isEqualTo("PMP");
	}

	@Test
	void refusesAMalformedBusinessScopedUserIdAndLetsToTakePrecedence() {
		SimulatorClient.Reply bad = this.client.send("""
				{"messaging_product":"whatsapp","recipient":"us-1349","type":"text","text":{"body":"Hello"}}""");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo(100);
		assertThat(bad.json().path("error").path("error_data").path("details").asString()).contains("recipient");
		SimulatorClient.Reply both = this.client.send("""
				{"messaging_product":"whatsapp","to":"15550001111","recipient":"US.1","type":"text","text":{"body":"Hi"}}""");
		assertThat(both.json().path("contacts").get(0).path("wa_id").asString()).isEqualTo("15550001111");
	}

	@Test
	void postsAnInboundTextFromAUsernameUserWithoutAPhoneNumber() {
		assertThat(this.simulator.webhooks().sendInboundTextFromUsername("US.13491208655302741918", "@sheena", "hi")
			.join()).isEqualTo(200);
		JsonNode value = value(this.received.get(0));
		JsonNode message = value.path("messages").get(0);
		assertThat(message.has("from")).isFalse();
		assertThat(message.path("from_user_id").asString()).isEqualTo("US.13491208655302741918");
		assertThat(value.path("contacts").get(0).has("wa_id")).isFalse();
		assertThat(value.path("contacts").get(0).path("profile").path("username").asString()).isEqualTo("@sheena");
		assertThat(WebhookSignature.verify(SECRET, this.received.get(0).body(), this.received.get(0).signature()))
			.isTrue();
	}

	@Test
	void postsSignedThroughputUpgradeAndTemplateStatusUpdates() {
		assertThat(this.simulator.webhooks().sendPhoneNumberQualityUpdate("THROUGHPUT_UPGRADE", "TIER_UNLIMITED").join())
			.isEqualTo(200);
		assertThat(this.simulator.webhooks().sendTemplateStatusUpdate(12345678L, "shipping_update", "en_US", "APPROVED",
				null).join()).isEqualTo(200);
		JsonNode quality = this.received.get(0).json().path("entry").get(0);
		assertThat(quality.path("time").isNumber()).isTrue();
		assertThat(quality.path("changes").get(0).path("field").asString()).isEqualTo("phone_number_quality_update");
		assertThat(quality.path("changes").get(0).path("value").path("event").asString()).isEqualTo("THROUGHPUT_UPGRADE");
		JsonNode template = this.received.get(1).json().path("entry").get(0).path("changes").get(0);
		assertThat(template.path("field").asString()).isEqualTo("message_template_status_update");
		assertThat(template.path("value").path("message_template_id").asLong()).isEqualTo(12345678L);
		assertThat(template.path("value").path("reason").asString()).isEqualTo("NONE");
		assertThat(WebhookSignature.verify(SECRET, this.received.get(1).body(), this.received.get(1).signature()))
			.isTrue();
	}

	record Received(byte[] body, String signature) {

		JsonNode json() {
			return SimulatorClient.MAPPER.readTree(this.body);
		}

	}

}
