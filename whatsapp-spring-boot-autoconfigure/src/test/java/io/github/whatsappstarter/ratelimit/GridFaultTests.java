package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A grid that hangs or fails: callers wait at most the request timeout, one probe at a time looks
 * for its return, and neither the fall-back nor the return lets a sliding second hold more than
 * the limit across the nodes.
 */
class GridFaultTests {

	private static final Duration TIMEOUT = Duration.ofMillis(200);

	private final LocalBucketStore shared = new LocalBucketStore();

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile CountDownLatch frozen = new CountDownLatch(0);

	private final AtomicInteger callsInside = new AtomicInteger();

	private final AtomicInteger mostCallsInside = new AtomicInteger();

	private final List<BucketRateLimiter> limiters = new ArrayList<>();

	@AfterEach
	void stop() {
		this.frozen.countDown();
		this.limiters.forEach(BucketRateLimiter::close);
	}

	@Test
	void aFrozenGridCostsEachCallerAtMostTheRequestTimeoutAndIsProbedByOneCallAtATime() throws Exception {
		BucketRateLimiter limiter = limiter(RateLimitSettings.defaults()
			.withThroughput(1000, 0)
			.withTimings(Duration.ofSeconds(1), Duration.ofMillis(100)));
		limiter.acquire("100", "4910");
		this.frozen = new CountDownLatch(1);
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			long start = System.nanoTime();
			List<CompletableFuture<Void>> first = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				String recipient = "4920" + i;
				first.add(CompletableFuture.runAsync(() -> limiter.acquire("100", recipient), callers));
			}
			CompletableFuture.allOf(first.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
			// the timeout once, then the fall-back's one refill period of debt (BucketShapes.PERIOD)
			assertThat(Duration.ofNanos(System.nanoTime() - start))
				.isLessThan(TIMEOUT.plus(BucketShapes.PERIOD).plusMillis(400));
			assertThat(limiter.getState()).isEqualTo(LimiterState.DEGRADED);
			// two seconds of sends while frozen: each is local and immediate, and at most one probe is stuck
			long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
			int sent = 0;
			while (System.nanoTime() < until) {
				long before = System.nanoTime();
				limiter.acquire("100", "4930" + sent++);
				assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(100));
			}
			assertThat(this.mostCallsInside.get()).as("4 callers caught by the freeze + 1 probe").isLessThanOrEqualTo(5);
			this.frozen.countDown();
			await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
				limiter.acquire("100", "49" + System.nanoTime());
				assertThat(limiter.getState()).isEqualTo(LimiterState.OK);
			});
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void fallingBackAndReturningKeepEverySlidingSecondWithinTheLimitAcrossThreeNodes() throws Exception {
		RateLimitSettings settings = RateLimitSettings.defaults()
			.withThroughput(60, 0)
			.withMaxWait(Duration.ofSeconds(30))
			.withTimings(Duration.ofSeconds(1), Duration.ofMillis(100));
		GrantRecorder grants = new GrantRecorder();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger recipients = new AtomicInteger();
		for (int node = 0; node < 3; node++) {
			BucketRateLimiter limiter = limiter(settings);
			// like a pipeline with 30 requests in flight: slots reserved up to 1.5 s ahead on the grid
			for (int i = 0; i < 30; i++) {
				keepSending(limiter, grants, running, recipients);
			}
		}
		Thread.sleep(2000);
		this.down.set(true);
		Thread.sleep(2500);
		this.down.set(false);
		Thread.sleep(2500);
		running.set(false);
		assertThat(this.limiters).allMatch((limiter) -> limiter.getState() == LimiterState.OK);
		assertThat(grants.count()).as("the nodes kept sending").isGreaterThan(250);
		assertThat(grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(60);
	}

	private void keepSending(BucketRateLimiter limiter, GrantRecorder grants, AtomicBoolean running,
			AtomicInteger recipients) {
		if (!running.get()) {
			return;
		}
		limiter.acquireThroughputAsync("100", "49" + recipients.incrementAndGet()).whenComplete((ok, failure) -> {
			if (failure == null) {
				grants.record();
			}
			keepSending(limiter, grants, running, recipients);
		});
	}

	private BucketRateLimiter limiter(RateLimitSettings settings) {
		BucketRateLimiter limiter = new BucketRateLimiter(new FaultyGrid(), settings);
		this.limiters.add(limiter);
		return limiter;
	}

	/** A grid of three nodes over one shared in-memory store that can be switched off or frozen. */
	private final class FaultyGrid implements BucketStore {

		@Override
		public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
			int inside = GridFaultTests.this.callsInside.incrementAndGet();
			GridFaultTests.this.mostCallsInside.accumulateAndGet(inside, Math::max);
			try {
				GridFaultTests.this.frozen.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				GridFaultTests.this.callsInside.decrementAndGet();
			}
			if (GridFaultTests.this.down.get()) {
				throw new IllegalStateException("grid unreachable");
			}
			return GridFaultTests.this.shared.bucket(key, configuration);
		}

		@Override
		public Duration requestTimeout() {
			return TIMEOUT;
		}

		@Override
		public String name() {
			return "faulty-grid";
		}

		@Override
		public int nodes() {
			return 3;
		}

	}

}
