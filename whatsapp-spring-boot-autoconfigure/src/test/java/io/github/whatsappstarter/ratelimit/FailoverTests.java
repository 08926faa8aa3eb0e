package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failing shared store makes the limiter fall back to this node's share and return when the
 * store answers again; no exception reaches the caller.
 */
class FailoverTests {

	private final AtomicBoolean broken = new AtomicBoolean();

	private final LocalBucketStore shared = new LocalBucketStore();

	private final BucketStore grid = new BucketStore() {

		@Override
		public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
			if (FailoverTests.this.broken.get()) {
				throw new IllegalStateException("grid unreachable");
			}
			return FailoverTests.this.shared.bucket(key, configuration);
		}

		@Override
		public String name() {
			return "test-grid";
		}

		@Override
		public int nodes() {
			return 4;
		}

	};

	@Test
	void gridFailureFallsBackToTheLocalShareAndRecovers() {
		RateLimitSettings settings = RateLimitSettings.defaults()
			.withThroughput(40, 0)
			.withMaxWait(Duration.ofSeconds(5))
			.withTimings(Duration.ofSeconds(1), Duration.ofMillis(200));
		try (BucketRateLimiter limiter = new BucketRateLimiter(this.grid, settings)) {
			limiter.acquire("100", "491");
			assertThat(limiter.getState()).isEqualTo(LimiterState.OK);
			this.broken.set(true);
			GrantRecorder grants = new GrantRecorder();
			for (int i = 0; i < 12; i++) {
				limiter.acquire("100", "49" + (100 + i));
				grants.record();
			}
			assertThat(limiter.getState()).isEqualTo(LimiterState.DEGRADED);
			assertThat(limiter.getBackend()).isEqualTo("test-grid");
			assertThat(grants.maxInAnyWindow(Duration.ofSeconds(1))).as("a quarter of 40/s").isLessThanOrEqualTo(10);
			this.broken.set(false);
			await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
				limiter.acquire("100", "49" + System.nanoTime());
				assertThat(limiter.getState()).isEqualTo(LimiterState.OK);
			});
		}
	}

}
