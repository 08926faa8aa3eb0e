package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/health} over real HTTP with the simulator behind the Cloud API indicator and a
 * Hazelcast-backed limiter behind the rate-limiter indicator.
 */
class HealthSimulatorTests extends HealthTestBase {

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private BucketRateLimiter limiter;

	@Test
	void reportsUpWithPhoneNumberAndLimiterDetails() throws Exception {
		HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).isEqualTo("UP");
		assertThat(api.path("details").path("verifiedName").asString()).isEqualTo("WhatsApp Simulator");
		assertThat(api.path("details").path("qualityRating").asString()).isEqualTo("GREEN");
		assertThat(api.path("details").path("throughputLevel").asString()).isEqualTo("STANDARD");
		assertThat(api.path("details").path("messagingLimit").asString()).isEqualTo("TIER_250");
		assertThat(api.path("details").path("numberStatus").asString()).isEqualTo("CONNECTED");
		JsonNode limiter = response.json().path("components").path("whatsAppRateLimiter");
		assertThat(limiter.path("status").asString()).isEqualTo("UP");
		assertThat(limiter.path("details").path("backend").asString()).isEqualTo("hazelcast");
		assertThat(limiter.path("details").path("members").asInt()).isEqualTo(1);
		assertThat(response.body()).doesNotContain(HealthTestApplication.ACCESS_TOKEN);
	}

	@Test
	void reportsRateLimitedWithHttp200WhileSendersQueueForAPair() throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(3);
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String recipient = "1555000900" + i;
			// as after a 131056: the pair's budget is spent cluster-wide, the next send waits for a refill
			this.limiter.onPairRateLimited(this.whatsApp.getPhoneNumberId(), recipient);
			sends.add(CompletableFuture.runAsync(() -> this.whatsApp.send(WhatsAppMessage.text(recipient, "queued")),
					senders));
		}
		try {
			await().atMost(Duration.ofSeconds(3)).until(() -> this.limiter.getWaitingCallers() >= 3);
			HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/health");
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode limiter = response.json().path("components").path("whatsAppRateLimiter");
			assertThat(limiter.path("status").asString()).as(response.body()).isEqualTo("RATE_LIMITED");
			assertThat(response.json().path("status").asString()).as(response.body()).isEqualTo("RATE_LIMITED");
			assertThat(limiter.path("details").path("waitingCallers").asInt()).isGreaterThanOrEqualTo(3);
			HealthItSupport.Response readiness = HealthItSupport.get(this.port, "/actuator/health/readiness");
			assertThat(readiness.status()).as("a busy limiter keeps the application ready").isEqualTo(200);
		}
		finally {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
			senders.shutdown();
		}
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
				HealthItSupport.get(this.port, "/actuator/health").json().path("status").asString()).isEqualTo("UP"));
	}

}
