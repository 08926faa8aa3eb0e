package io.github.whatsappstarter.test.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberFieldsTests {

	@Test
	void returnsOnlyTheRequestedFieldsPlusId() {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start()) {
			SimulatorClient.Reply reply = new SimulatorClient(sim)
				.get("/v24.0/" + sim.phoneNumberId() + "?fields=throughput,quality_rating", sim.accessToken());
			assertThat(reply.status()).isEqualTo(200);
			JsonNode json = reply.json();
			assertThat(json.propertyNames()).containsExactlyInAnyOrder("throughput", "quality_rating", "id");
			assertThat(json.path("throughput").path("level").asString()).isEqualTo("STANDARD");
			assertThat(json.path("quality_rating").asString()).isEqualTo("GREEN");
			assertThat(json.path("id").asString()).isEqualTo(sim.phoneNumberId());
			assertThat(sim.recorder().records()).isEmpty();
			assertThat(sim.recorder().fieldReadCount()).isEqualTo(1);
		}
	}

	@Test
	void reportsEveryKnownField() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(1000).messagingLimitName("TIER_2K").build())) {
			JsonNode json = new SimulatorClient(sim).get("/v25.0/123?fields=id,verified_name,display_phone_number,"
					+ "quality_rating,status,throughput,whatsapp_business_manager_messaging_limit,health_status,"
					+ "platform_type", sim.accessToken())
				.json();
			assertThat(json.path("id").asString()).isEqualTo("123");
			assertThat(json.path("verified_name").asString()).isNotEmpty();
			assertThat(json.path("display_phone_number").asString()).isNotEmpty();
			assertThat(json.path("status").asString()).isEqualTo("CONNECTED");
			assertThat(json.path("platform_type").asString()).isEqualTo("CLOUD_API");
			assertThat(json.path("throughput").path("level").asString()).isEqualTo("HIGH");
			assertThat(json.path("whatsapp_business_manager_messaging_limit").asString()).isEqualTo("TIER_2K");
			assertThat(json.path("health_status").path("can_send_message").asString()).isEqualTo("AVAILABLE");
			assertThat(json.path("health_status").path("entities").get(0).path("entity_type").asString())
				.isEqualTo("PHONE_NUMBER");
		}
	}

	@Test
	void answersTheNumbersStateAsChangedAtRuntimeUntilReset() {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start()) {
			sim.phoneNumber().canSendMessage("BLOCKED").status("FLAGGED").qualityRating("RED").throughputLevel("HIGH");
			String path = "/v24.0/" + sim.phoneNumberId() + "?fields=status,quality_rating,throughput,health_status";
			JsonNode json = new SimulatorClient(sim).get(path, sim.accessToken()).json();
			assertThat(json.path("status").asString()).isEqualTo("FLAGGED");
			assertThat(json.path("quality_rating").asString()).isEqualTo("RED");
			assertThat(json.path("throughput").path("level").asString()).isEqualTo("HIGH");
			assertThat(json.path("health_status").path("can_send_message").asString()).isEqualTo("BLOCKED");
			JsonNode number = json.path("health_status").path("entities").get(0);
			assertThat(number.path("can_send_message").asString()).isEqualTo("BLOCKED");
			assertThat(number.path("errors").get(0).path("error_code").isNumber()).isTrue();
			assertThat(json.path("health_status").path("entities").get(1).path("can_send_message").asString())
				.isEqualTo("AVAILABLE");

			sim.phoneNumber().canSendMessage("LIMITED");
			number = new SimulatorClient(sim).get(path, sim.accessToken()).json().path("health_status").path("entities")
				.get(0);
			assertThat(number.path("additional_info").get(0).asString()).isNotEmpty();

			sim.reset();
			json = new SimulatorClient(sim).get(path, sim.accessToken()).json();
			assertThat(json.path("status").asString()).isEqualTo("CONNECTED");
			assertThat(json.path("throughput").path("level").asString()).isEqualTo("STANDARD");
			assertThat(json.path("health_status").path("can_send_message").asString()).isEqualTo("AVAILABLE");
		}
	}

	@Test
	void rejectsUnknownFieldsAndWrongTokens() {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start()) {
			SimulatorClient client = new SimulatorClient(sim);
			SimulatorClient.Reply unknown = client.get("/v24.0/1?fields=secret_sauce", sim.accessToken());
			assertThat(unknown.status()).isEqualTo(400);
			assertThat(unknown.code()).isEqualTo(100);
			SimulatorClient.Reply unauthorized = client.get("/v24.0/1?fields=status", "nope");
			assertThat(unauthorized.status()).isEqualTo(401);
			assertThat(unauthorized.code()).isEqualTo(190);
		}
	}

}
