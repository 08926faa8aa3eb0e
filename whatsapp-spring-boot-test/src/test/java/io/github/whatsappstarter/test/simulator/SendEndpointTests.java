package io.github.whatsappstarter.test.simulator;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SendEndpointTests {

	static WhatsAppSimulator simulator;

	static SimulatorClient client;

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.unknownRecipients("15550009999")
			.registeredPhoneNumberIds("100000000000002")
			.build());
		client = new SimulatorClient(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@Test
	void acceptsTextAndAnswersWithContactAndUniqueWamid() {
		SimulatorClient.Reply first = client.send(SimulatorClient.text("+15550001111", "hi"));
		SimulatorClient.Reply second = client.send(SimulatorClient.text("+15550001111", "again"));
		assertThat(first.status()).isEqualTo(200);
		JsonNode json = first.json();
		assertThat(json.path("messaging_product").asString()).isEqualTo("whatsapp");
		assertThat(json.path("contacts").get(0).path("input").asString()).isEqualTo("+15550001111");
		assertThat(json.path("contacts").get(0).path("wa_id").asString()).isEqualTo("15550001111");
		String wamid = json.path("messages").get(0).path("id").asString();
		assertThat(wamid).startsWith("wamid.");
		assertThat(json.path("messages").get(0).path("message_status").asString()).isEqualTo("accepted");
		assertThat(second.json().path("messages").get(0).path("id").asString()).isNotEqualTo(wamid);
		assertThat(simulator.recorder().records()).extracting(RequestRecord::wamid)
			.containsExactly(wamid, second.json().path("messages").get(0).path("id").asString());
	}

	@Test
	void recordsEveryRequestWithItsOutcome() {
		client.send(SimulatorClient.text("+15550001111", "hi"));
		client.send("{\"messaging_product\":\"whatsapp\",\"to\":\"15550001111\",\"type\":\"text\"}");
		assertThat(simulator.recorder().records()).hasSize(2);
		RequestRecord accepted = simulator.recorder().records(RequestRecord::accepted).get(0);
		assertThat(accepted.phoneNumberId()).isEqualTo(simulator.phoneNumberId());
		assertThat(accepted.recipient()).isEqualTo("15550001111");
		assertThat(accepted.type()).isEqualTo("text");
		assertThat(accepted.body()).contains("\"body\":\"hi\"");
		assertThat(accepted.wamid()).startsWith("wamid.");
		assertThat(accepted.receivedAt()).isNotNull();
		assertThat(simulator.recorder().countsByOutcome()).containsEntry(Outcome.ACCEPTED, 1L)
			.containsEntry(Outcome.REJECTED, 1L);
		assertThat(simulator.recorder().countsByErrorCode()).containsExactly(Map.entry(100, 1L));
	}

	@ParameterizedTest
	@MethodSource("validBodies")
	void acceptsEveryMessageType(String type, String object) {
		String body = "{\"messaging_product\":\"whatsapp\",\"to\":\"15550001111\",\"type\":\"" + type + "\",\""
				+ type + "\":" + object + "}";
		SimulatorClient.Reply reply = client.send(body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(simulator.recorder().records().get(0).type()).isEqualTo(type);
	}

	static Stream<Arguments> validBodies() {
		return Stream.of(Arguments.of("text", "{\"body\":\"hello\",\"preview_url\":true}"),
				Arguments.of("template", "{\"name\":\"shipping\",\"language\":{\"code\":\"en_US\"}}"),
				Arguments.of("image", "{\"id\":\"123\"}"), Arguments.of("audio", "{\"link\":\"https://x/a.ogg\"}"),
				Arguments.of("video", "{\"id\":\"1\",\"caption\":\"c\"}"),
				Arguments.of("document", "{\"id\":\"1\",\"filename\":\"r.pdf\"}"),
				Arguments.of("sticker", "{\"id\":\"1\"}"),
				Arguments.of("interactive", "{\"type\":\"button\",\"body\":{\"text\":\"ok?\"},\"action\":{\"buttons\":"
						+ "[{\"type\":\"reply\",\"reply\":{\"id\":\"y\",\"title\":\"Yes\"}}]}}"),
				Arguments.of("interactive", "{\"type\":\"list\",\"body\":{\"text\":\"pick\"},\"action\":{\"button\":"
						+ "\"Slots\",\"sections\":[{\"title\":\"T\",\"rows\":[{\"id\":\"a\",\"title\":\"A\"}]}]}}"),
				Arguments.of("interactive", "{\"type\":\"cta_url\",\"body\":{\"text\":\"see\"},\"action\":{\"name\":"
						+ "\"cta_url\",\"parameters\":{\"display_text\":\"Open\",\"url\":\"https://x\"}}}"),
				Arguments.of("location", "{\"latitude\":52.5,\"longitude\":13.4,\"name\":\"B\"}"),
				Arguments.of("contacts", "[{\"name\":{\"formatted_name\":\"Ada\"}}]"),
				Arguments.of("reaction", "{\"message_id\":\"wamid.A\",\"emoji\":\"\"}"));
	}

	@ParameterizedTest
	@MethodSource("invalidBodies")
	void rejectsInvalidBodiesWithCode100NamingTheField(String body, String field) {
		SimulatorClient.Reply reply = client.send(body);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.json().path("error").path("message").asString()).isEqualTo("(#100) Invalid parameter");
		assertThat(reply.details()).contains(field);
		assertThat(simulator.recorder().acceptedCount()).isZero();
	}

	static Stream<Arguments> invalidBodies() {
		String p = "{\"messaging_product\":\"whatsapp\",";
		return Stream.of(Arguments.of("{not json", "JSON"),
				Arguments.of("{\"to\":\"1555\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}", "messaging_product"),
				Arguments.of(p + "\"type\":\"text\",\"text\":{\"body\":\"x\"}}", "to"),
				Arguments.of(p + "\"to\":\"+1 555-000\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}", "to"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"hologram\",\"hologram\":{}}", "type"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"text\"}", "text"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"text\",\"text\":{\"body\":\"\"}}", "text['body']"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"text\",\"text\":{\"body\":\"" + "a".repeat(4097) + "\"}}",
						"4096"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"image\",\"image\":{\"caption\":\"c\"}}", "image"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"image\",\"image\":{\"id\":\"1\",\"link\":\"https://x\"}}",
						"exactly one"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"template\",\"template\":{\"name\":\"t\"}}", "language"),
				Arguments.of(p + "\"to\":\"1555\",\"type\":\"location\",\"location\":{\"latitude\":1}}", "longitude"));
	}

	@Test
	void acceptsTextOfExactly4096Characters() {
		assertThat(client.send(SimulatorClient.text("1555", "a".repeat(4096))).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "wrong-token", "" })
	void rejectsWrongOrMissingBearerTokenWith401And190(String token) {
		SimulatorClient.Reply reply = client.send(simulator.phoneNumberId(), token.isEmpty() ? null : token,
				SimulatorClient.text("1555", "x"));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.code()).isEqualTo(190);
		assertThat(reply.json().path("error").path("type").asString()).isEqualTo("OAuthException");
		assertThat(reply.body()).doesNotContain(simulator.accessToken());
	}

	@Test
	void answersMetaErrorEnvelopeWithTraceId() {
		JsonNode error = client.send("{}").json().path("error");
		assertThat(error.path("error_data").path("messaging_product").asString()).isEqualTo("whatsapp");
		assertThat(error.path("fbtrace_id").asString()).hasSizeGreaterThan(10);
	}

	@Test
	void rejectsUnknownRecipientWith131026() {
		SimulatorClient.Reply reply = client.send(SimulatorClient.text("+15550009999", "x"));
		assertThat(reply.code()).isEqualTo(131026);
		assertThat(reply.status()).isEqualTo(400);
	}

	@Test
	void rejectsUnregisteredPhoneNumberIdButAcceptsRegisteredOnes() {
		SimulatorClient.Reply unknown = client.send("999", simulator.accessToken(), SimulatorClient.text("1555", "x"));
		SimulatorClient.Reply registered = client.send("100000000000002", simulator.accessToken(),
				SimulatorClient.text("1555", "x"));
		assertThat(unknown.code()).isEqualTo(100);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(registered.status()).isEqualTo(200);
	}

	@Test
	void marksAsReadWithTypingIndicator() {
		SimulatorClient.Reply reply = client.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\","
				+ "\"message_id\":\"wamid.ABC\",\"typing_indicator\":{\"type\":\"text\"}}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("success").asBoolean()).isTrue();
		assertThat(simulator.recorder().countsByOutcome()).containsEntry(Outcome.READ, 1L);
		assertThat(simulator.recorder().acceptedCount()).isZero();
	}

}
