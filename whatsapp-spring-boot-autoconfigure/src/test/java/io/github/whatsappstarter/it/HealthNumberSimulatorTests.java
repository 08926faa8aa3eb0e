package io.github.whatsappstarter.it;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code whatsApp} indicator over real HTTP tells the truth about the number, as the simulator
 * reports it through {@code health_status}, {@code status} and {@code quality_rating}.
 */
class HealthNumberSimulatorTests extends HealthTestBase {

	private HealthItSupport.Response health() throws Exception {
		return HealthItSupport.get(this.port, "/actuator/health");
	}

	@Test
	void anAvailableConnectedNumberIsUpWithItsHealthDetails() throws Exception {
		HealthItSupport.Response response = health();
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).as(response.body()).isEqualTo("UP");
		assertThat(api.path("details").path("canSendMessage").asString()).isEqualTo("AVAILABLE");
		assertThat(api.path("details").path("limitedBy").isMissingNode()).isTrue();
	}

	@Test
	void aLimitedNumberIsLimitedWithHttp200AndMetasReasons() throws Exception {
		this.simulator.phoneNumber().canSendMessage("LIMITED");
		HealthItSupport.Response response = health();
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).isEqualTo("LIMITED");
		JsonNode number = api.path("details").path("limitedBy").get(0);
		assertThat(number.path("entityType").asString()).isEqualTo("PHONE_NUMBER");
		assertThat(number.path("canSendMessage").asString()).isEqualTo("LIMITED");
		assertThat(number.path("additionalInfo").get(0).asString()).isNotEmpty();
	}

	@Test
	void aRedQualityRatingIsLimitedNotDown() throws Exception {
		this.simulator.phoneNumber().qualityRating("RED");
		HealthItSupport.Response response = health();
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("components").path("whatsApp").path("status").asString()).isEqualTo("LIMITED");
	}

	@Test
	void aBlockedNumberIsDownWithMetasErrors() throws Exception {
		this.simulator.phoneNumber().canSendMessage("BLOCKED");
		HealthItSupport.Response response = health();
		assertThat(response.status()).as(response.body()).isEqualTo(503);
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).isEqualTo("DOWN");
		JsonNode error = api.path("details").path("limitedBy").get(0).path("errors").get(0);
		assertThat(error.path("errorCode").isNumber()).isTrue();
		assertThat(error.path("possibleSolution").asString()).isNotEmpty();
		assertThat(response.body()).doesNotContain(HealthTestApplication.ACCESS_TOKEN);
	}

	@Test
	void aNumberThatIsNotConnectedIsDown() throws Exception {
		this.simulator.phoneNumber().status("DISCONNECTED");
		HealthItSupport.Response response = health();
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.json().path("components").path("whatsApp").path("details").path("numberStatus").asString())
			.isEqualTo("DISCONNECTED");
	}

	@Test
	void aFlaggedNumberIsLimited() throws Exception {
		this.simulator.phoneNumber().status("FLAGGED");
		assertThat(health().json().path("components").path("whatsApp").path("status").asString()).isEqualTo("LIMITED");
	}

}
