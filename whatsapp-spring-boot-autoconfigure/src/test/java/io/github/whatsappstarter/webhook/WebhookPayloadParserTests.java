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
	void readsAUsernameUserWithoutPhoneNumberAndAStatusForAnotherMessageFromOneDelivery() {
		List<WhatsAppWebhookEvent> events = parse(WebhookPayloads.usernameUserTextAndDeliveredStatus("wamid.U1", "wamid.D1"));
		assertThat(events).hasSize(2);
		WhatsAppInboundMessageEvent inbound = (WhatsAppInboundMessageEvent) events.get(0);
		assertThat(inbound.from()).isNull();
		assertThat(inbound.sender()).isEqualTo(new WhatsAppUser(null, "US.13491208655302741918", null, "@sheena", "Sheena Nelson"));
		assertThat(inbound.sender().key()).isEqualTo("US.13491208655302741918");
		assertThat(inbound.sender().replyTo()).isEqualTo("US.13491208655302741918");
		assertThat(inbound.textBody()).isEqualTo("Is my order on its way?");
		WhatsAppStatusEvent status = (WhatsAppStatusEvent) events.get(1);
		assertThat(status.messageId()).isEqualTo("wamid.D1");
		assertThat(status.status()).isEqualTo(MessageStatus.DELIVERED);
		assertThat(status.recipientId()).isEqualTo("15550001111");
		assertThat(status.recipient().userId()).isEqualTo("US.777");
		assertThat(status.pricing().get("pricing_model").asString()).isEqualTo("PMP");
	}

	@Test
	void readsAStatusOfAMessageSentToABusinessScopedUserId() {
		WhatsAppStatusEvent status = (WhatsAppStatusEvent) parse(
				WebhookPayloads.readStatusOfMessageSentToBusinessScopedUserId("wamid.B1")).get(0);
		assertThat(status.recipientId()).isNull();
		assertThat(status.recipient()).isEqualTo(new WhatsAppUser(null, "US.13491208655302741918",
				"US.ENT.11815799212886844830", "@sheena", null));
	}

	@Test
	void readsASystemMessageReportingAChangedUserId() {
		WhatsAppInboundMessageEvent event = (WhatsAppInboundMessageEvent) parse(WebhookPayloads.userChangedUserId()).get(0);
		assertThat(event.type()).isEqualTo("system");
		assertThat(event.sender().userId()).isEqualTo("US.111");
		assertThat(event.system()).isEqualTo(new WhatsAppInboundMessageEvent.SystemChange("user_changed_user_id",
				"User Sheena changed their user id", null, "US.222", "US.ENT.333"));
	}

	@Test
	void readsAThroughputUpgrade() {
		WhatsAppPhoneNumberQualityEvent event = (WhatsAppPhoneNumberQualityEvent) parse(WebhookPayloads.accountChange(
				"phone_number_quality_update", """
						{"display_phone_number":"15550783881","event":"THROUGHPUT_UPGRADE","current_limit":"TIER_UNLIMITED",
						"max_daily_conversations_per_business":"TIER_UNLIMITED"}""")).get(0);
		assertThat(event.businessAccountId()).isEqualTo("102290129340398");
		assertThat(event.time()).isEqualTo(Instant.ofEpochSecond(1739321024));
		assertThat(event.phoneNumberId()).isNull();
		assertThat(event.displayPhoneNumber()).isEqualTo("15550783881");
		assertThat(event.throughputUpgrade()).isTrue();
		assertThat(event.oldLimit()).isNull();
		assertThat(event.maxDailyConversationsPerBusiness()).isEqualTo("TIER_UNLIMITED");
	}

	@Test
	void readsATemplateStatusUpdateWithANumericTemplateId() {
		WhatsAppTemplateStatusEvent event = (WhatsAppTemplateStatusEvent) parse(WebhookPayloads.accountChange(
				"message_template_status_update", """
						{"event":"APPROVED","message_template_id":12345678,"message_template_name":"shipping_update",
						"message_template_language":"en_US","reason":"NONE","message_template_category":"UTILITY"}""")).get(0);
		assertThat(event).extracting(WhatsAppTemplateStatusEvent::event, WhatsAppTemplateStatusEvent::templateId,
				WhatsAppTemplateStatusEvent::templateName, WhatsAppTemplateStatusEvent::language,
				WhatsAppTemplateStatusEvent::reason, WhatsAppTemplateStatusEvent::category)
			.containsExactly("APPROVED", "12345678", "shipping_update", "en_US", "NONE", "UTILITY");
	}

	@Test
	void readsAMarketingOptOut() {
		WhatsAppUserPreferencesEvent event = (WhatsAppUserPreferencesEvent) parse(WebhookPayloads.userPreferencesStop()).get(0);
		assertThat(event.phoneNumberId()).isEqualTo(WebhookPayloads.PHONE_NUMBER_ID);
		assertThat(event.user()).isEqualTo(new WhatsAppUser("16505551234", "US.13491208655302741918", null, null, "Sheena Nelson"));
		assertThat(event.marketingOptOut()).isTrue();
		assertThat(event.detail()).isEqualTo("User requested to stop marketing messages");
		assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1731705721));
	}

	@Test
	void readsAccountUpdatesAlertsAndCapabilities() {
		WhatsAppAccountUpdateEvent update = (WhatsAppAccountUpdateEvent) parse(WebhookPayloads.accountChange("account_update",
				"{\"event\":\"ACCOUNT_VIOLATION\",\"violation_info\":{\"violation_type\":\"SCAM\"}}")).get(0);
		assertThat(update.event()).isEqualTo("ACCOUNT_VIOLATION");
		assertThat(update.raw().path("violation_info").path("violation_type").asString()).isEqualTo("SCAM");
		WhatsAppAccountAlertEvent alert = (WhatsAppAccountAlertEvent) parse(WebhookPayloads.accountChange("account_alerts", """
				{"entity_type":"PHONE_NUMBER","entity_id":"106540352242922","alert_info":{"alert_severity":"INFORMATIONAL",
				"alert_status":"NONE","alert_type":"OBA_APPROVED","alert_description":"Official Business Account approved"}}""")).get(0);
		assertThat(alert).extracting(WhatsAppAccountAlertEvent::entityType, WhatsAppAccountAlertEvent::entityId,
				WhatsAppAccountAlertEvent::severity, WhatsAppAccountAlertEvent::type)
			.containsExactly("PHONE_NUMBER", "106540352242922", "INFORMATIONAL", "OBA_APPROVED");
		WhatsAppBusinessCapabilityEvent capability = (WhatsAppBusinessCapabilityEvent) parse(WebhookPayloads.accountChange(
				"business_capability_update", """
						{"max_daily_conversation_per_phone":2000,"max_daily_conversations_per_business":2000,
						"max_phone_numbers_per_business":2,"max_phone_numbers_per_waba":2}""")).get(0);
		assertThat(capability.maxDailyConversationsPerBusiness()).isEqualTo("2000");
		assertThat(capability.maxPhoneNumbersPerWaba()).isEqualTo("2");
	}

	@Test
	void passesAnUnknownFieldOnWithItsNameAndRawValue() {
		WhatsAppWebhookChangeEvent event = (WhatsAppWebhookChangeEvent) parse(WebhookPayloads.accountChange(
				"message_template_quality_update", "{\"new_quality_score\":\"GREEN\"}")).get(0);
		assertThat(event.field()).isEqualTo("message_template_quality_update");
		assertThat(event.value().path("new_quality_score").asString()).isEqualTo("GREEN");
	}

	@Test
	void skipsOnlyTheMalformedElementsAndReadsTheRest() {
		String body = WebhookPayloads.envelope("""
				"contacts":[17,{"wa_id":16505551234}],
				"messages":[{"from":"1","timestamp":"1","type":"text"},null,
				  {"from":16505551234,"id":"wamid.OK","timestamp":1749416383,"type":"hologram","hologram":null,"extra":[1]}],
				"statuses":[{"id":"w","status":"sent","timestamp":"soon"},
				  {"id":"wamid.F","status":"failed","timestamp":"1767225600","recipient_id":"1","errors":[{"code":"131056"}]},
				  {"id":"wamid.E","status":"failed","timestamp":"1767225600","errors":[{"title":"no code"}]}],
				"errors":"not an array\"""");
		List<WhatsAppWebhookEvent> events = parse(body);
		assertThat(events).filteredOn(WhatsAppWebhookSkippedEvent.class::isInstance)
			.extracting((event) -> ((WhatsAppWebhookSkippedEvent) event).path())
			.containsExactly("$.entry[0].changes[0].value.messages[0]", "$.entry[0].changes[0].value.messages[1]",
					"$.entry[0].changes[0].value.statuses[0]", "$.entry[0].changes[0].value.statuses[2]",
					"$.entry[0].changes[0].value.errors");
		assertThat(events).filteredOn(WhatsAppWebhookSkippedEvent.class::isInstance)
			.allSatisfy((event) -> assertThat(((WhatsAppWebhookSkippedEvent) event).phoneNumberId())
				.isEqualTo(WebhookPayloads.PHONE_NUMBER_ID));
		assertThat(events).filteredOn(WhatsAppInboundMessageEvent.class::isInstance).singleElement()
			.satisfies((event) -> {
				WhatsAppInboundMessageEvent inbound = (WhatsAppInboundMessageEvent) event;
				assertThat(inbound.from()).isEqualTo("16505551234");
				assertThat(inbound.type()).isEqualTo("hologram");
				assertThat(inbound.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383));
			});
		assertThat(events).filteredOn(WhatsAppStatusEvent.class::isInstance).singleElement()
			.satisfies((event) -> assertThat(((WhatsAppStatusEvent) event).retryable()).isTrue());
	}

	@Test
	void skipsWhatIsNotAWebhookAndRefusesOnlyABodyThatIsNotJson() {
		for (String body : List.of("", "{", "{\"object\":", "not json")) {
			assertThatExceptionOfType(WebhookPayloadException.class).as(body).isThrownBy(() -> parse(body));
		}
		List<String> odd = List.of("null", "[]", "{\"object\":\"page\",\"entry\":[]}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":{}}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":[7]}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\"}]}]}",
				"{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"account_update\",\"value\":{}}]}]}",
				WebhookPayloads.envelope("\"statuses\":{}").replace("\"phone_number_id\"", "\"x\""),
				WebhookPayloads.envelope("\"messages\":{}"));
		for (String body : odd) {
			assertThat(parse(body)).as(body).singleElement().isInstanceOf(WhatsAppWebhookSkippedEvent.class);
		}
		assertThat(parse("{\"object\":\"whatsapp_business_account\"}")).isEmpty();
	}

}
