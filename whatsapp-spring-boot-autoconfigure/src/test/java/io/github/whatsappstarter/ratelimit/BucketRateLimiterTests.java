package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link BucketRateLimiter} on the local store, with scaled-down limits.
 */
@ExtendWith(OutputCaptureExtension.class)
class BucketRateLimiterTests {

	private static final RateLimitSettings BASE = RateLimitSettings.defaults()
		.withThroughput(50, 0)
		.withPair(Duration.ofMillis(200), 1)
		.withMaxWait(Duration.ofSeconds(5));

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
	}

	@Test
	void callersProceedWithinTheThroughputLimitInEverySlidingSecond() throws Exception {
		// level 50 with a 10% margin: the margin absorbs late wake-ups on a loaded machine
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE.withThroughput(50, 0.1));
		GrantRecorder grants = new GrantRecorder();
		hammer(limiter, grants, 4, Duration.ofMillis(1600));
		assertThat(grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(50);
		assertThat(grants.count()).as("the limiter lets the limit through, not much less").isGreaterThan(55);
	}

	@Test
	void aFailingListenerIsLoggedWithoutTheRecipientAndTheOthersStillHearEverySlot(CapturedOutput output) {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE);
		List<String> heard = new ArrayList<>();
		limiter.addListener(new RateLimitListener() {

			@Override
			public void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
				throw new IllegalStateException("listener broke");
			}

		});
		limiter.addListener(new RateLimitListener() {

			@Override
			public void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
				heard.add(limit);
			}

		});
		limiter.acquire("100", "4917000000042");
		assertThat(heard).containsExactly("pair", "throughput");
		assertThat(output).contains("WARN").contains("failed; the limiter's decision is unchanged")
			.contains("listener broke")
			.doesNotContain("4917000000042");
	}

	@Test
	void messagesToOneRecipientAreSpacedByThePairInterval() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE);
		List<Long> instants = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			limiter.acquire("100", "4917000000001");
			instants.add(System.nanoTime());
		}
		for (int i = 1; i < instants.size(); i++) {
			assertThat(instants.get(i) - instants.get(0)).isGreaterThanOrEqualTo(i * 200_000_000L - 2_000_000L);
		}
		assertThat(limiter.getWaitingCallers()).isZero();
	}

	@Test
	void waitLongerThanMaxWaitThrowsAndSpendsNoToken() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(),
				BASE.withPair(Duration.ofMillis(300), 1).withMaxWait(Duration.ofMillis(200)));
		limiter.acquire("100", "4917000000001");
		long first = System.nanoTime();
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> limiter.acquire("100", "4917000000001"))
			.satisfies((ex) -> {
				assertThat(ex.getLimit()).isEqualTo("pair");
				assertThat(ex.getRequiredWait()).isGreaterThan(Duration.ofMillis(200));
				assertThat(ex.getMessage()).doesNotContain("4917000000001").contains("***0001");
			});
		sleep(150);
		limiter.acquire("100", "4917000000001");
		assertThat(Duration.ofNanos(System.nanoTime() - first)).as("not delayed by the refused caller")
			.isBetween(Duration.ofMillis(295), Duration.ofMillis(500));
	}

	@Test
	void throughputRefusalGivesThePairSlotBack() {
		LocalBucketStore store = new LocalBucketStore();
		BucketRateLimiter limiter = limiter(store,
				BASE.withThroughput(1, 0).withPair(Duration.ofSeconds(10), 1).withMaxWait(Duration.ofMillis(100)));
		limiter.acquire("100", "4917000000001");
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> limiter.acquire("100", "4917000000002"))
			.satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo("throughput"));
		assertThat(store.bucket("pair:100:4917000000002", () -> null).getAvailableTokens()).isEqualTo(1);
	}

	@Test
	void failFastThrowsInsteadOfWaiting() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE.withMaxWait(Duration.ZERO));
		limiter.acquire("100", "4917000000001");
		long start = System.nanoTime();
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> limiter.acquire("100", "4917000000001"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
	}

	@Test
	void asyncPermitsWaitOnTheSchedulerWithoutParkingCallerThreads() throws Exception {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		this.closeables.add(scheduler::shutdownNow);
		BucketRateLimiter limiter = new BucketRateLimiter(new LocalBucketStore(),
				BASE.withThroughput(400, 0.1), scheduler);
		for (int i = 0; i < 20; i++) {
			limiter.acquireAsync("warm-up", "49" + i).join();
		}
		GrantRecorder grants = new GrantRecorder();
		long start = System.nanoTime();
		List<CompletableFuture<Void>> futures = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			futures.add(limiter.acquireAsync("100", "49170" + i).thenRun(grants::record));
		}
		Duration submit = Duration.ofNanos(System.nanoTime() - start);
		assertThat(submit).as("500 submissions do not wait for their slots (1.4 s at 360/s)")
			.isLessThan(Duration.ofMillis(700));
		assertThat(limiter.getWaitingCallers()).as("waiting on one scheduler thread").isGreaterThan(100);
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
		assertThat(grants.count()).isEqualTo(500);
		assertThat(grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(400);
		assertThat(limiter.getWaitingCallers()).isZero();
	}

	@Test
	void asyncPermitFailsWithTheTypedExceptionWhenTheWaitIsTooLong() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE.withMaxWait(Duration.ofMillis(50)));
		limiter.acquireAsync("100", "4917000000001").join();
		assertThat(limiter.acquireAsync("100", "4917000000001")).failsWithin(Duration.ofSeconds(1))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(RateLimitWaitExceededException.class);
	}

	@Test
	void pairFeedbackDrainsThePairBucket() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(),
				BASE.withThroughput(1000, 0).withPair(Duration.ofSeconds(5), 3).withMaxWait(Duration.ZERO));
		limiter.acquire("100", "4917000000001");
		limiter.onPairRateLimited("100", "4917000000001");
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> limiter.acquire("100", "4917000000001"));
		limiter.acquire("200", "4917000000001");
		assertThat(limiter.getPairRateLimitedCount()).isEqualTo(1);
	}

	@Test
	void throughputFeedbackPausesTheNumberForTheCooldown() {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE.withThroughput(100, 0)
			.withTimings(Duration.ofMillis(400), Duration.ofSeconds(1)));
		limiter.acquire("100", "4917000000001");
		limiter.onThroughputLimited("100");
		limiter.onThroughputLimited("100");
		long start = System.nanoTime();
		limiter.acquire("100", "4917000000002");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(350),
				Duration.ofMillis(700));
		limiter.acquire("200", "4917000000003");
		assertThat(limiter.getThroughputLimitedCount()).isEqualTo(2);
	}

	@Test
	void throughputFeedbackFromSeveralNodesSharingTheBucketsCostsOneCooldown() {
		RateLimitSettings settings = BASE.withThroughput(100, 0)
			.withTimings(Duration.ofMillis(400), Duration.ofSeconds(1));
		LocalBucketStore shared = new LocalBucketStore();
		List<BucketRateLimiter> nodes = List.of(limiter(shared, settings), limiter(shared, settings),
				limiter(shared, settings));
		nodes.get(0).acquire("100", "4917000000001");
		nodes.forEach((node) -> node.onThroughputLimited("100"));
		long start = System.nanoTime();
		nodes.get(1).acquire("100", "4917000000002");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(350),
				Duration.ofMillis(700));
	}

	@Test
	void slotsThatComeDueWhileTheSchedulerIsStalledAreTakenAgainInsteadOfBunching() throws Exception {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		this.closeables.add(scheduler::shutdownNow);
		// 21/s: one slot every 51 ms
		BucketRateLimiter limiter = new BucketRateLimiter(new LocalBucketStore(), BASE.withThroughput(21, 0),
				scheduler);
		limiter.acquireThroughputAsync("100", "4917000000001").get(1, TimeUnit.SECONDS);
		// the scheduler's thread is busy for 300 ms, as on a starved machine: five slots pass meanwhile
		scheduler.execute(() -> sleep(300));
		List<Long> granted = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<CompletableFuture<Void>> permits = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			permits.add(limiter.acquireThroughputAsync("100", "49170000001" + i)
				.whenComplete((ok, failure) -> granted.add(System.nanoTime())));
		}
		CompletableFuture.allOf(permits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
		List<Long> sorted = granted.stream().sorted().toList();
		long closest = Long.MAX_VALUE;
		for (int i = 1; i < sorted.size(); i++) {
			closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
		}
		// without the new slots the five late ones would all be granted in the same millisecond
		assertThat(Duration.ofNanos(closest)).isGreaterThan(Duration.ofMillis(30));
	}

	@Test
	void aThroughputCooldownAlsoHoldsSlotsReservedBeforeIt() throws Exception {
		BucketRateLimiter limiter = limiter(new LocalBucketStore(), BASE.withThroughput(51, 0)
			.withTimings(Duration.ofMillis(500), Duration.ofSeconds(1)));
		// 50 slots reserved ahead: a backlog of about one second
		List<Long> granted = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<CompletableFuture<Void>> permits = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			permits.add(limiter.acquireThroughputAsync("100", "49170000002" + i)
				.whenComplete((ok, failure) -> granted.add(System.nanoTime())));
		}
		Thread.sleep(200);
		long limited = System.nanoTime();
		limiter.onThroughputLimited("100");
		CompletableFuture.allOf(permits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		long duringCooldown = granted.stream()
			.filter((t) -> t > limited + Duration.ofMillis(20).toNanos() && t < limited + Duration.ofMillis(480).toNanos())
			.count();
		// without the pause the backlog would keep going out at 50/s: about 23 grants in that window
		assertThat(duringCooldown).isZero();
		assertThat(granted).hasSize(50);
	}

	@Test
	void perNumberOverrideAndSafetyMarginShapeTheEffectiveLimit() {
		RateLimitSettings settings = new RateLimitSettings(80, java.util.Map.of("upgraded", 1000), 0.05,
				Duration.ofSeconds(6), 10, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(1));
		assertThat(settings.effectiveMessagesPerSecond("other")).isEqualTo(76);
		assertThat(settings.effectiveMessagesPerSecond("upgraded")).isEqualTo(950);
	}

	private BucketRateLimiter limiter(BucketStore store, RateLimitSettings settings) {
		BucketRateLimiter limiter = new BucketRateLimiter(store, settings);
		this.closeables.add(limiter);
		return limiter;
	}

	/**
	 * Calls the limiter from several threads with distinct recipients until the time is up.
	 */
	static void hammer(WhatsAppRateLimiter limiter, GrantRecorder grants, int threads, Duration duration)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger sequence = new AtomicInteger();
		long end = System.nanoTime() + duration.toNanos();
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				while (System.nanoTime() < end) {
					limiter.acquire("100", "49" + sequence.incrementAndGet());
					grants.record();
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(duration.toMillis() + 5000, TimeUnit.MILLISECONDS)).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
