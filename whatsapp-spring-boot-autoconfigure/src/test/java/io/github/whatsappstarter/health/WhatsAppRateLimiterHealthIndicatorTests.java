package io.github.whatsappstarter.health;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WhatsAppRateLimiterHealthIndicatorTests {

	private static final RateLimitSettings SETTINGS = RateLimitSettings.defaults()
		.withPair(Duration.ofMillis(300), 1)
		.withMaxWait(Duration.ofSeconds(5));

	private final SwitchableBucketStore store = new SwitchableBucketStore();

	private final BucketRateLimiter limiter = new BucketRateLimiter(this.store, SETTINGS);

	private final ExecutorService senders = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.senders.shutdownNow();
		this.limiter.close();
	}

	@Test
	void isUpWithBackendAndCountsWhileIdle() {
		this.limiter.onPairRateLimited("1", "15550001111");
		Health health = new WhatsAppRateLimiterHealthIndicator(this.limiter, 3).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("backend", "switchable")
			.containsEntry("state", "OK")
			.containsEntry("members", 2)
			.containsEntry("waitingCallers", 0)
			.containsEntry("pairRateLimited131056", 1L)
			.containsEntry("throughputLimited130429", 0L);
	}

	@Test
	void isRateLimitedNotDownWhileCallersQueueAboveTheThreshold() {
		for (int i = 0; i < 4; i++) {
			this.senders.submit(() -> this.limiter.acquire("1", "15550001111"));
		}
		await().atMost(Duration.ofSeconds(2)).until(() -> this.limiter.getWaitingCallers() >= 3);
		Health health = new WhatsAppRateLimiterHealthIndicator(this.limiter, 3).health();
		assertThat(health.getStatus()).isEqualTo(WhatsAppHealthStatus.RATE_LIMITED);
		assertThat((Integer) health.getDetails().get("waitingCallers")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void isDegradedWhenTheSharedBackendFails() {
		this.limiter.acquire("1", "15550001111");
		this.store.fail();
		this.limiter.acquire("1", "15550002222");
		Health health = new WhatsAppRateLimiterHealthIndicator(this.limiter, 3).health();
		assertThat(health.getStatus()).isEqualTo(WhatsAppHealthStatus.DEGRADED);
		assertThat(health.getDetails()).containsEntry("state", "DEGRADED");
	}

}
