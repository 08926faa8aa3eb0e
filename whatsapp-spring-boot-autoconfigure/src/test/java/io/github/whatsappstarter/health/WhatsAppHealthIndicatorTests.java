package io.github.whatsappstarter.health;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppHealthIndicatorTests {

	private static final String NUMBER = "100000000000001";

	private static final String FIELDS_ANSWER = "{\"verified_name\":\"Acme\",\"quality_rating\":\"GREEN\","
			+ "\"throughput\":{\"level\":\"STANDARD\"},\"whatsapp_business_manager_messaging_limit\":\"TIER_2K\","
			+ "\"status\":\"CONNECTED\",\"id\":\"" + NUMBER + "\"}";

	private GraphStub graph;

	@BeforeEach
	void startGraph() throws IOException {
		this.graph = new GraphStub().answer(200, FIELDS_ANSWER);
	}

	@AfterEach
	void stopGraph() {
		this.graph.close();
	}

	private WhatsAppHealthIndicator indicator(Duration cacheTtl) {
		return new WhatsAppHealthIndicator(this.graph.client(Duration.ofSeconds(2)), NUMBER, cacheTtl);
	}

	@Test
	void isUpWithThePhoneNumberDetailsReadFromTheFieldsEndpoint() {
		Health health = indicator(Duration.ZERO).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("verifiedName", "Acme")
			.containsEntry("qualityRating", "GREEN")
			.containsEntry("throughputLevel", "STANDARD")
			.containsEntry("messagingLimit", "TIER_2K")
			.containsEntry("numberStatus", "CONNECTED")
			.containsEntry("phoneNumberId", NUMBER);
		assertThat(this.graph.lastQuery()).isEqualTo(
				"fields=verified_name,quality_rating,throughput,whatsapp_business_manager_messaging_limit,status,"
						+ "health_status");
	}

	@Test
	void reusesTheAnswerWithinTheCacheTtl() {
		WhatsAppHealthIndicator indicator = indicator(Duration.ofMinutes(5));
		indicator.health();
		indicator.health();
		indicator.health();
		assertThat(this.graph.requests()).isEqualTo(1);
	}

	@Test
	void readsAgainOnEveryCheckWhenTheCacheIsDisabled() {
		WhatsAppHealthIndicator indicator = indicator(Duration.ZERO);
		indicator.health();
		indicator.health();
		assertThat(this.graph.requests()).isEqualTo(2);
	}

	@Test
	void isDownWithAClearReasonWhenTheTokenIsRejected() {
		this.graph.graphError(401, 190);
		Health health = indicator(Duration.ZERO).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("errorCode", 190)
			.containsEntry("httpStatus", 401)
			.containsEntry("fbtraceId", "AbCdEf123");
		assertThat(health.getDetails().get("reason").toString()).contains("access token was rejected");
		assertThat(health.toString()).doesNotContain(GraphStub.TOKEN);
	}

	@ParameterizedTest
	@ValueSource(ints = { 4, 80007, 130429 })
	void reportsThrottlingAsRateLimitedKeepingTheLastGoodDetails(int code) {
		WhatsAppHealthIndicator indicator = indicator(Duration.ZERO);
		indicator.health();
		this.graph.graphError(400, code);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(WhatsAppHealthStatus.RATE_LIMITED);
		assertThat(health.getDetails()).containsEntry("errorCode", code).containsEntry("verifiedName", "Acme");
	}

	@Test
	void anUnreadableAnswerIsDownAndCachedLikeAnyOther() {
		this.graph.answer(200, "<html>not json</html>");
		WhatsAppHealthIndicator indicator = indicator(Duration.ofMinutes(5));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		indicator.health();
		assertThat(this.graph.requests()).isEqualTo(1);
	}

	@Test
	void isDownWithTheGraphCodeOnServerErrors() {
		this.graph.graphError(500, 131000);
		Health health = indicator(Duration.ZERO).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("errorCode", 131000).containsEntry("httpStatus", 500);
	}

	@Test
	void isDownWithinTheTimeoutWhenTheApiDoesNotAnswer() {
		this.graph.delay(Duration.ofSeconds(1));
		WhatsAppHealthIndicator indicator = new WhatsAppHealthIndicator(this.graph.client(Duration.ofMillis(200)),
				NUMBER, Duration.ZERO);
		long start = System.nanoTime();
		Health health = indicator.health();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason").toString()).contains("timed out");
	}

}
