package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignReport;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The send pipeline against a simulator that answers with Meta-like latency: the budget is used in
 * full, the slot is taken at dispatch (no burst when latency recovers), pairs keep their spacing,
 * in-flight requests are bounded and cancelling withdraws what was not written. Counts are scaled
 * down from the benchmark (scenario 5) so the class runs in about 15 s.
 */
class LatencySimulatorTests {

	private static final Latency META_LIKE = Latency.lognormal(Duration.ofMillis(300), 0.4);

	private WhatsAppSimulator simulator;

	private BucketRateLimiter limiter;

	private WhatsAppTemplate template;

	private final AtomicInteger sent = new AtomicInteger();

	private final List<WhatsAppException> failed = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		if (this.template != null) {
			this.template.close();
		}
		if (this.limiter != null) {
			this.limiter.close();
		}
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	@Test
	void campaignAtMetaLikeLatencyUsesTheWholeBudgetWithoutA130429() {
		int limit = 80;
		start(SimulatorConfig.builder().throughputPerSecond(limit).latency(META_LIKE).serverThreads(16).build(),
				RateLimitSettings.defaults().withThroughput(limit, 0.05), WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		warmUp();
		int messages = 240;
		sendAllAndWait(messages, "1555300");
		List<RequestRecord> accepted = this.simulator.recorder().records(RequestRecord::accepted);
		assertThat(accepted).hasSize(messages);
		// as in the stall test below: a pause of this JVM also pauses the simulator's clock of arrivals
		assertThat(this.simulator.recorder().countErrorCode(130429)).isLessThanOrEqualTo(messages / 20);
		assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();
		assertThat(this.simulator.recorder().maxInWindow((r) -> true, Duration.ofSeconds(1)))
			.isLessThanOrEqualTo(limit * 6 / 5);
		// the effective rate is 76/s (5% margin); 8 fixed HTTP threads reached 0.31 of it at this latency.
		// The benchmark asks 0.95 on a quiet machine; 0.9 here leaves room for a busy CI runner.
		double seconds = (accepted.get(accepted.size() - 1).nanoTime() - accepted.get(0).nanoTime()) / 1e9;
		double rate = (messages - 1) / seconds;
		assertThat(rate / 76).isGreaterThanOrEqualTo(0.9);
		assertThat(this.sent).hasValue(messages);
		assertThat(this.failed).isEmpty();
	}

	@Test
	void aCampaignWithItsDefaultSettingsUsesTheBudgetAtMetaLikeLatencyAndCancelCountsTheRequestsOnTheWire()
			throws Exception {
		int limit = 80;
		start(SimulatorConfig.builder().throughputPerSecond(limit).latency(META_LIKE).serverThreads(16).build(),
				RateLimitSettings.defaults().withThroughput(limit, 0.05), WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		warmUp();
		WhatsAppCampaigns campaigns = new WhatsAppCampaigns(this.template, CampaignSettings.defaults(), (event) -> {
		});
		try {
			CampaignReport full = campaigns.campaign()
				.recipients(IntStream.range(0, 240).mapToObj((i) -> "1555700" + (1000 + i)).toList())
				.message((to) -> WhatsAppMessage.text(to, "offer"))
				.start()
				.completion()
				.get(30, TimeUnit.SECONDS);
			List<RequestRecord> accepted = this.simulator.recorder().records(RequestRecord::accepted);
			double seconds = (accepted.get(accepted.size() - 1).nanoTime() - accepted.get(0).nanoTime()) / 1e9;
			assertThat(full.sent()).isEqualTo(240);
			// the campaign engine keeps max-in-flight (300) sends going: 64 in flight capped it at ~210/s here
			assertThat((accepted.size() - 1) / seconds / 76).isGreaterThanOrEqualTo(0.9);
			assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();

			this.simulator.reset();
			CampaignHandle handle = campaigns.campaign()
				.recipients(IntStream.range(0, 400).mapToObj((i) -> "1555800" + (1000 + i)).toList())
				.message((to) -> WhatsAppMessage.text(to, "offer"))
				.start();
			await().atMost(Duration.ofSeconds(20)).until(() -> handle.progress().sent() >= 40);
			handle.cancel();
			CampaignReport cancelled = handle.completion().get(20, TimeUnit.SECONDS);
			// requests on the wire at cancel (about rate × latency) still end as sent; nothing else goes out
			long acceptedAtEnd = this.simulator.recorder().acceptedCount();
			Thread.sleep(1000);
			assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(acceptedAtEnd);
			assertThat(cancelled.sent()).isEqualTo(acceptedAtEnd);
			assertThat(cancelled.sent() + cancelled.failed()).isEqualTo(400);
			assertThat(cancelled.sent()).isLessThan(120);
		}
		finally {
			campaigns.close();
		}
	}

	@Test
	void latencyThatStallsAndThenRecoversNeverPushesMoreThanTheLimitIntoOneSecond() throws Exception {
		int limit = 80;
		start(SimulatorConfig.builder().throughputPerSecond(limit).latency(Latency.fixed(Duration.ofSeconds(2)))
			.serverThreads(16)
			.build(), RateLimitSettings.defaults().withThroughput(limit, 0.2), WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		// a 20% margin: simulator and client share this JVM and a busy CI runner's two cores, and a request the
		// simulator's threads read late is recorded late, bunching with the next ones. The 0.1.0 pipeline sent
		// 130 in one second here, whatever the margin (its slots were taken before a queue).
		warmUp();
		int messages = 320;
		List<CompletableFuture<SendResult>> sends = submit(messages, "1555400");
		Thread.sleep(2500);
		this.simulator.latency(Latency.fixed(Duration.ofMillis(5)));
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		// Alone this run shows at most 64 requests in any second (the limiter's rate) and no 130429. Inside
		// the whole suite it once saw 9 × 130429, most likely a stop-the-world pause of this JVM, which also
		// pauses the simulator: it then records the requests written before the pause together with the
		// next ones (the benchmark, simulator alone on a quiet machine, shows zero). The
		// 0.1.0 pipeline put 130 requests into one second here and got hundreds of 130429, so the bound
		// below still catches a slot taken before a queue.
		assertThat(this.simulator.recorder().countErrorCode(130429)).isLessThanOrEqualTo(messages / 20);
		assertThat(this.simulator.recorder().maxInWindow((r) -> true, Duration.ofSeconds(1)))
			.isLessThanOrEqualTo(limit * 6 / 5);
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(messages);
		assertThat(this.failed).isEmpty();
	}

	@Test
	void chattyUsersAtMetaLikeLatencyNeverHitThePairLimit() throws Exception {
		// the simulator's pair rule scaled down (burst 3, one per 500 ms); the limiter's has the 10% margin
		start(SimulatorConfig.builder().pairBurst(3).pairInterval(Duration.ofMillis(500)).latency(META_LIKE).build(),
				RateLimitSettings.defaults().withPair(Duration.ofMillis(550), 3), WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		warmUp();
		int users = 10;
		int perUser = 6;
		ExecutorService threads = Executors.newFixedThreadPool(users);
		List<CompletableFuture<?>> all = new ArrayList<>();
		try {
			for (int u = 0; u < users; u++) {
				String to = "1555500" + (1000 + u);
				if (u % 2 == 0) {
					// half the users talk through blocking sends, one after another
					all.add(CompletableFuture.runAsync(() -> IntStream.range(0, perUser)
						.forEach((i) -> this.template.send(to, "reply " + i)), threads));
				}
				else {
					// the other half queue all their messages at once
					IntStream.range(0, perUser)
						.forEach((i) -> all.add(this.template.sendAsync(WhatsAppMessage.text(to, "reply " + i))));
				}
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(users * perUser);
		assertThat(this.failed).isEmpty();
	}

	@Test
	void requestsInFlightNeverExceedTheBoundAndTheRestWaitBeforeTheirSlot() throws Exception {
		start(SimulatorConfig.builder().limitsEnabled(false).latency(Latency.fixed(Duration.ofMillis(300))).build(),
				RateLimitSettings.defaults().withThroughput(1000, 0), 4);
		warmUp();
		int peak = 0;
		List<CompletableFuture<SendResult>> sends = submit(20, "1555600");
		CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
		while (!all.isDone()) {
			peak = Math.max(peak, this.template.getInFlight());
			Thread.sleep(5);
		}
		all.get();
		assertThat(peak).isEqualTo(4);
		// arrivals come in waves of at most four, one latency apart: no 300 ms holds more than four
		assertThat(this.simulator.recorder().maxInWindow((r) -> true, Duration.ofMillis(250))).isLessThanOrEqualTo(4);
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(20);
	}

	@Test
	void cancellingBeforeTheRequestIsWrittenWithdrawsTheMessage() throws Exception {
		start(SimulatorConfig.builder().build(),
				RateLimitSettings.defaults().withPair(Duration.ofSeconds(1), 1).withMaxWait(Duration.ofSeconds(5)),
				WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		CompletableFuture<SendResult> first = this.template.sendAsync(WhatsAppMessage.text("15557001111", "first"));
		CompletableFuture<SendResult> second = this.template.sendAsync(WhatsAppMessage.text("15557001111", "second"));
		CompletableFuture<SendResult> third = this.template
			.sendAsync(WhatsAppMessage.text("15557001111", "third"))
			.orTimeout(200, TimeUnit.MILLISECONDS);
		second.cancel(false);
		first.get(5, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.failed.size() == 2);
		Thread.sleep(2200);
		assertThat(this.simulator.recorder().records()).hasSize(1);
		assertThat(third).isCompletedExceptionally();
		assertThat(this.failed).hasSize(2).allMatch(WhatsAppSendCancelledException.class::isInstance);
		assertThat(this.sent).hasValue(1);
	}

	@Test
	void cancellingAfterTheRequestWasWrittenStillReportsTheOutcomeToTheListeners() throws Exception {
		start(SimulatorConfig.builder().latency(Latency.fixed(Duration.ofMillis(500))).build(),
				RateLimitSettings.defaults(), WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		CompletableFuture<SendResult> send = this.template.sendAsync(WhatsAppMessage.text("15557002222", "hi"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.simulator.recorder().records().size() == 1);
		send.cancel(false);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.sent.get() == 1);
		assertThat(this.failed).isEmpty();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(1);
	}

	@Test
	void interruptingABlockingSendThatWaitsForItsSlotWithdrawsIt() throws Exception {
		start(SimulatorConfig.builder().build(),
				RateLimitSettings.defaults().withPair(Duration.ofSeconds(2), 1).withMaxWait(Duration.ofSeconds(5)),
				WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT);
		this.template.send("15557003333", "first");
		List<Throwable> thrown = new CopyOnWriteArrayList<>();
		Thread caller = new Thread(() -> {
			try {
				this.template.send("15557003333", "second");
			}
			catch (RuntimeException ex) {
				thrown.add(ex);
			}
		});
		caller.start();
		Thread.sleep(300);
		caller.interrupt();
		caller.join(5000);
		Thread.sleep(2500);
		assertThat(thrown).singleElement().isInstanceOf(WhatsAppSendCancelledException.class);
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	private void start(SimulatorConfig config, RateLimitSettings settings, int maxInFlight) {
		this.simulator = WhatsAppSimulator.start(config);
		this.limiter = new BucketRateLimiter(new LocalBucketStore(), settings);
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.rateLimiter(this.limiter)
			.retryOperations(new SpringRetryOperations(WhatsAppRetryPolicy.defaults(), List.of()))
			.maxInFlight(maxInFlight)
			.listener(new WhatsAppSendListener() {
				@Override
				public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result,
						Duration duration) {
					LatencySimulatorTests.this.sent.incrementAndGet();
				}

				@Override
				public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
						Duration duration) {
					LatencySimulatorTests.this.failed.add(exception);
				}
			})
			.build();
	}

	/** Opens connections and loads classes, then lets the simulator's one-second window pass. */
	private void warmUp() {
		CompletableFuture.allOf(IntStream.range(0, 8)
			.mapToObj((i) -> this.template.sendAsync(WhatsAppMessage.text("1555999" + (1000 + i), "warm-up")))
			.toArray(CompletableFuture[]::new)).join();
		sleep(1100);
		this.simulator.reset();
		this.sent.set(0);
	}

	private void sendAllAndWait(int messages, String prefix) {
		CompletableFuture.allOf(submit(messages, prefix).toArray(CompletableFuture[]::new)).join();
	}

	private List<CompletableFuture<SendResult>> submit(int messages, String prefix) {
		return IntStream.range(0, messages)
			.mapToObj((i) -> this.template.sendAsync(WhatsAppMessage.text(prefix + (1000 + i), "message " + i)))
			.toList();
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
