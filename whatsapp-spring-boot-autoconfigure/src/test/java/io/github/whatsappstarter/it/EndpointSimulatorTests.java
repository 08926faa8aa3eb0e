package io.github.whatsappstarter.it;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code whatsapp} endpoint and the sanitizing of secrets in {@code env} and
 * {@code configprops}, over real HTTP.
 */
class EndpointSimulatorTests extends HealthTestBase {

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private WhatsAppCampaigns campaigns;

	@Autowired
	private MeterRegistry registry;

	@Test
	void describesNumbersLimitsAndPairPressureWithRecipientsMasked() throws Exception {
		this.whatsApp.send(WhatsAppMessage.text("+15550008123", "one"));
		this.whatsApp.send(WhatsAppMessage.text("+15550008123", "two, after a pair wait"));
		HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/whatsapp");
		assertThat(response.status()).isEqualTo(200);
		JsonNode root = response.json();
		JsonNode number = root.path("phoneNumbers").get(0);
		assertThat(number.path("id").asString()).isEqualTo(this.simulator.phoneNumberId());
		assertThat(number.path("messagesPerSecond").asInt()).isEqualTo(80);
		assertThat(number.path("effectiveMessagesPerSecond").asInt()).isEqualTo(76);
		assertThat(number.path("availableTokens").isNumber()).isTrue();
		JsonNode rateLimit = root.path("rateLimit");
		assertThat(rateLimit.path("backend").asString()).isEqualTo("hazelcast");
		assertThat(rateLimit.path("state").asString()).isEqualTo("OK");
		assertThat(rateLimit.path("pairInterval").asString()).isEqualTo("PT1S");
		assertThat(rateLimit.path("pairBurst").asInt()).isEqualTo(1);
		assertThat(rateLimit.path("maxWait").asString()).isEqualTo("PT5S");
		assertThat(root.path("topPairPressure").findValuesAsString("recipient")).contains("***8123");
		assertThat(response.body()).doesNotContain("15550008123")
			.doesNotContain(HealthTestApplication.ACCESS_TOKEN);
	}

	@Test
	void listsCampaignsWithTheirProgressAndBindsCampaignGauges() throws Exception {
		CampaignHandle campaign = this.campaigns.campaign()
			.name("endpoint-test")
			.recipients(List.of("15550009001", "15550009002"))
			.message((to) -> WhatsAppMessage.text(to, "hello"))
			.start();
		campaign.completion().get(20, TimeUnit.SECONDS);
		JsonNode listed = null;
		for (JsonNode candidate : HealthItSupport.get(this.port, "/actuator/whatsapp").json().path("campaigns")) {
			if (candidate.path("id").asString().equals(campaign.id())) {
				listed = candidate;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.path("name").asString()).isEqualTo("endpoint-test");
		assertThat(listed.path("sent").asInt()).isEqualTo(2);
		assertThat(listed.path("finished").asBoolean()).isTrue();
		assertThat(this.registry.get("whatsapp.campaign.running").gauge().value()).isZero();
		assertThat(this.registry.find("whatsapp.campaign.pending").gauge()).isNotNull();
	}

	@Test
	void envNeverShowsTheAccessTokenOrTheAppSecret() throws Exception {
		HealthItSupport.Response env = HealthItSupport.get(this.port, "/actuator/env");
		assertThat(env.status()).isEqualTo(200);
		assertThat(env.body()).contains("whatsapp.access-token")
			.contains("whatsapp.webhook.app-secret")
			.contains("management.endpoint.health.show-details")
			.doesNotContain(HealthTestApplication.ACCESS_TOKEN)
			.doesNotContain(HealthTestApplication.APP_SECRET);
		HealthItSupport.Response token = HealthItSupport.get(this.port, "/actuator/env/whatsapp.access-token");
		assertThat(token.body()).doesNotContain(HealthTestApplication.ACCESS_TOKEN).contains("******");
	}

	@Test
	void configpropsNeverShowsTheAccessToken() throws Exception {
		HealthItSupport.Response configprops = HealthItSupport.get(this.port, "/actuator/configprops/whatsapp");
		assertThat(configprops.status()).isEqualTo(200);
		assertThat(configprops.body()).contains(this.simulator.phoneNumberId())
			.contains("accessToken")
			.doesNotContain(HealthTestApplication.ACCESS_TOKEN);
	}

}
