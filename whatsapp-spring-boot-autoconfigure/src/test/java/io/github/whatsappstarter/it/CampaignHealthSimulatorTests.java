package io.github.whatsappstarter.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignMessages;
import io.github.whatsappstarter.campaign.CampaignStatus;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.test.simulator.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A paused campaign in {@code /actuator/health} over real HTTP: listed in the {@code whatsApp}
 * indicator's details with its typed reason, Graph code and since when, without changing the
 * status, and gone from the details once it no longer is paused.
 */
class CampaignHealthSimulatorTests extends HealthTestBase {

	private static final String SPAMMED = "15550007001";

	@Autowired
	private WhatsAppCampaigns campaigns;

	@AfterEach
	void clearFaults() {
		this.simulator.faults().clear();
	}

	@Test
	void aCampaignPausedBySpamLimitIsListedInTheHealthDetailsWhileTheStatusStaysUp() throws Exception {
		this.simulator.faults().inject(Fault.graphError(131048).forRecipient(SPAMMED).times(1));
		Instant before = Instant.now();
		CampaignHandle campaign = this.campaigns.campaign()
			.name("health-paused")
			.recipients(List.of(SPAMMED, "15550007002", "15550007003"))
			.messageFactory(CampaignMessages.text("offer"))
			.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> campaign.status() == CampaignStatus.PAUSED);

		HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/health");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).as("a paused campaign is not an outage").isEqualTo("UP");
		JsonNode paused = pausedEntry(api, campaign.id());
		assertThat(paused).as(response.body()).isNotNull();
		assertThat(paused.path("name").asString()).isEqualTo("health-paused");
		assertThat(paused.path("reason").asString()).isEqualTo("SPAM_LIMIT");
		assertThat(paused.path("errorCode").asInt()).isEqualTo(131048);
		assertThat(Instant.parse(paused.path("since").asString())).isBetween(before, Instant.now());
		assertThat(response.body()).as("no recipient in the health details").doesNotContain(SPAMMED);

		assertThat(campaign.resume()).isTrue();
		campaign.completion().get(20, TimeUnit.SECONDS);
		JsonNode after = HealthItSupport.get(this.port, "/actuator/health").json().path("components").path("whatsApp");
		assertThat(pausedEntry(after, campaign.id())).as("listed only while paused").isNull();
	}

	private static JsonNode pausedEntry(JsonNode indicator, String id) {
		for (JsonNode entry : indicator.path("details").path("pausedCampaigns")) {
			if (entry.path("id").asString().equals(id)) {
				return entry;
			}
		}
		return null;
	}

}
