package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookPayloadParserTests {

	private final WebhookPayloadParser parser = new WebhookPayloadParser();

	private List<WhatsAppWebhookEvent> parse(String body) {
		return this.parser.parse(body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsInboundTextWithContextAndProfileName() {
		List<WhatsAppWebhookEvent> events = parse(WebhookPayloads.inboundTextWithContext());
		assertThat(events).hasSize(1);
		WhatsAppInboundMessageEvent event = (WhatsAppInboundMessageEvent) events.get(0);
		assertThat(event.phoneNumberId()).isEqualTo(WebhookPayloads.PHONE_NUMBER_ID);
		assertThat(event.from()).isEqualTo("16505551234");
		assertThat(event.id()).isEqualTo("wamid.IN1");
		assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383));
		assertThat(event.type()).isEqualTo("text");
		assertThat(event.textBody()).isEqualTo("Does it come in another color?");
		assertThat(event.profileName()).isEqualTo("Sheena Nelson");
		assertThat(event.context()).isEqualTo(new WhatsAppInboundMessageEvent.Context("15550009999", "wamid.OUT0", true, false));
		assertThat(event.content().get("body").asString()).isEqualTo("Does it come in another color?");
	}

	@Test
	void passesUnknownMessageTypesOnRaw() {
		List<WhatsAppWebhookEvent> events = parse(WebhookPayloads.envelope("""
				"messages":[{"from":"1","id":"wamid.X","timestamp":"1","type":"hologram","hologram":{"depth":3},"extra":1}]"""));
		WhatsAppInboundMessageEvent event = (WhatsAppInboundMessageEvent) events.get(0);
		assertThat(event.type()).isEqualTo("hologram");
		assertThat(event.textBody()).isNull();
		assertThat(event.content().get("depth").asInt()).isEqualTo(3);
		assertThat(event.raw().get("extra").asInt()).isEqualTo(1);
	}

	@Test
	void readsSentDeliveredAndReadStatuses() {
		for (String status : List.of("sent", "delivered", "read")) {
			WhatsAppStatusEvent event = (WhatsAppStatusEvent) parse(WebhookPayloads.status("wamid.A", status, 1767225600)).get(0);
			assertThat(event.status()).isEqualTo(MessageStatus.from(status));
			assertThat(event.messageId()).isEqualTo("wamid.A");
			assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1767225600));
			assertThat(event.recipientId()).isEqualTo("15550001111");
			assertThat(event.bizOpaqueCallbackData()).isEqualTo("order-42");
			assertThat(event.pricing().get("category").asString()).isEqualTo("utility");
			assertThat(event.errors()).isEmpty();
			assertThat(event.retryable()).isFalse();
			assertThat(event.outOfOrder()).isFalse();
		}
	}

	@Test
	void readsFailedStatusWithNonRetryableError() {
		WhatsAppStatusEvent event = (WhatsAppStatusEvent) parse(WebhookPayloads.failedStatus("wamid.F", 131049)).get(0);
		assertThat(event.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(event.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo(131049);
			assertThat(error.title()).startsWith("This message was not delivered");
			assertThat(error.details()).isEqualTo("Some details");
			assertThat(error.href()).endsWith("error-codes");
		});
		assertThat(event.retryable()).isFalse();
	}

	@Test
	void flagsFailedStatusWithRetryableCodeAsRetryable() {
		for (int code : new int[] { 131056, 130429, 131000, 131016, 2, 133004, 131057 }) {
			assertThat(((WhatsAppStatusEvent) parse(WebhookPayloads.failedStatus("wamid.R", code)).get(0)).retryable())
				.as("code %d", code)
				.isTrue();
		}
	}

	@Test
	void readsValueLevelErrors() {
		WhatsAppWebhookErrorEvent event = (WhatsAppWebhookErrorEvent) parse(WebhookPayloads.valueLevelThroughputError()).get(0);
		assertThat(event.phoneNumberId()).isEqualTo(WebhookPayloads.PHONE_NUMBER_ID);
		assertThat(event.errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo(130429);
			assertThat(error.details()).isEqualTo("Cloud API message throughput has been reached.");
			assertThat(error.retryable()).isTrue();
		});
	}

	@Test
	void mapsUnknownStatusToUnknown() {
		WhatsAppStatusEvent event = (WhatsAppStatusEvent) parse(WebhookPayloads.status("wamid.A", "teleported", 1)).get(0);
		assertThat(event.status()).isEqualTo(MessageStatus.UNKNOWN);
		assertThat(event.raw().get("status").asString()).isEqualTo("teleported");
	}

	@Test
	void skipsChangesOfOtherFields() {
		String body = """
				{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"message_template_status_update",
				"value":{"event":"APPROVED"}}]}]}""";
		assertThat(parse(body)).isEmpty();
	}

	@Test
	void rejectsWrongObjectMalformedJsonAndMissingFields() {
		List<String> bad = List.of("", "null", "[]", "{", "{\"object\":\"page\",\"entry\":[]}",
				"{\"object\":\"whatsapp_business_account\"}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":{}}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\"}]}]}",
				WebhookPayloads.envelope("\"statuses\":{}").replace("\"phone_number_id\"", "\"x\""),
				WebhookPayloads.envelope("\"statuses\":[{\"id\":\"w\",\"status\":\"sent\"}]"),
				WebhookPayloads.envelope("\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"soon\"}]"),
				WebhookPayloads.envelope("\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"99999999999999999999\"}]"),
				WebhookPayloads.envelope("\"messages\":[{\"id\":\"w\",\"timestamp\":\"1\",\"type\":\"text\"}]"),
				WebhookPayloads.envelope("\"errors\":[{\"title\":\"no code\"}]"),
				WebhookPayloads.envelope("\"messages\":[1,2]"));
		for (String body : bad) {
			assertThatExceptionOfType(WebhookPayloadException.class).as(body).isThrownBy(() -> parse(body));
		}
	}

}
