package io.github.whatsappstarter.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.metrics.ObservedRetryOperations;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.RetryClass;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryExhaustedException;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asynchronous sends against the simulator: paced by the limiter without a thread per message,
 * retried on a scheduler, listeners told, deadlines kept.
 */
class AsyncSimulatorTests {

	private WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	private BucketRateLimiter limiter;

	private final AtomicInteger sent = new AtomicInteger();

	private final List<WhatsAppException> failed = new ArrayList<>();

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

	private static WhatsAppRetryPolicy fastPolicy() {
		return new WhatsAppRetryPolicy(4, Duration.ofSeconds(10),
				new Backoff(Duration.ofMillis(100), 4, Duration.ofSeconds(2), 0),
				new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(400), 0),
				new Backoff(Duration.ofMillis(100), 2, Duration.ofMillis(400), 0), false);
	}

	private WhatsAppTemplate template(SimulatorConfig config, RateLimitSettings limits) {
		this.simulator = WhatsAppSimulator.start(config);
		this.limiter = new BucketRateLimiter(new LocalBucketStore(), limits);
		return template(this.limiter);
	}

	private WhatsAppTemplate template(WhatsAppRateLimiter rateLimiter) {
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.rateLimiter(rateLimiter)
			.retryOperations(new SpringRetryOperations(fastPolicy(), List.of()))
			.listener(new WhatsAppSendListener() {
				@Override
				public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result,
						Duration duration) {
					AsyncSimulatorTests.this.sent.incrementAndGet();
				}

				@Override
				public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
						Duration duration) {
					synchronized (AsyncSimulatorTests.this.failed) {
						AsyncSimulatorTests.this.failed.add(exception);
					}
				}
			})
			.build();
		return this.template;
	}

	@Test
	void asyncRetriesFollowTheSyncPolicyEvenBehindAnObservationAndTellTheRetryListeners() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		List<RetryClass> retries = new java.util.concurrent.CopyOnWriteArrayList<>();
		WhatsAppRetryOperations observed = new ObservedRetryOperations(ObservationRegistry.create(),
				new SpringRetryOperations(fastPolicy(),
						List.of((phone, retryClass, attempts, failure, backoff) -> retries.add(retryClass))));
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.retryOperations(observed)
			.build();
		this.simulator.faults().inject(Fault.serverError().times(2));
		SendResult result = this.template.sendAsync(WhatsAppMessage.text("15550004321", "hi")).join();
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(2).wamid());
		assertThat(retries).containsExactly(RetryClass.TRANSIENT, RetryClass.TRANSIENT);
	}

	// the limiter keeps a 20% margin: on a loaded machine HTTP calls lag their permits and then bunch
	@Test
	void twoHundredSendsAtTheThroughputLimitUseAFewThreadsAndNever130429() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().throughputPerSecond(100).build(),
				RateLimitSettings.defaults().withThroughput(100, 0.2).withMaxWait(Duration.ofSeconds(10)));
		// warm up the HTTP path, then let the simulator's one-second window pass
		CompletableFuture.allOf(IntStream.range(0, 20)
			.mapToObj((i) -> template.sendAsync(WhatsAppMessage.text("1555900" + (1000 + i), "warm-up")))
			.toArray(CompletableFuture[]::new)).join();
		sleep(1000);
		this.simulator.recorder().clear();
		this.sent.set(0);
		int threadsBefore = clientThreads();
		int starterThreadsBefore = starterThreads();
		List<CompletableFuture<SendResult>> sends = IntStream.range(0, 200)
			.mapToObj((i) -> template.sendAsync(WhatsAppMessage.text("1555100" + (1000 + i), "hello " + i)))
			.toList();
		int peakThreads = clientThreads();
		int peakStarterThreads = starterThreads();
		CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
		while (!all.isDone()) {
			peakThreads = Math.max(peakThreads, clientThreads());
			peakStarterThreads = Math.max(peakStarterThreads, starterThreads());
			sleep(20);
		}
		all.join();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(200);
		assertThat(this.simulator.recorder().countErrorCode(130429)).isZero();
		assertThat(this.simulator.recorder().maxAcceptedInWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(100);
		// 200 sends wait for permits, but the starter's pools are bounded: 8 HTTP threads, one retry timer, one
		// limiter timer; the JDK HTTP client adds its own workers, about one per concurrent call
		// (a delta: cached contexts of other test classes in this JVM keep whatsapp-* threads of their own)
		assertThat(peakStarterThreads - starterThreadsBefore).isLessThanOrEqualTo(9);
		assertThat(peakThreads - threadsBefore).isLessThan(40);
		assertThat(this.sent.get()).isEqualTo(200);
		assertThat(this.failed).isEmpty();
	}

	@Test
	void serverErrorsAreRetriedOnTheSchedulerWithTheBackoffOfThePolicy() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().build(), RateLimitSettings.defaults());
		this.simulator.faults().inject(Fault.serverError().times(2));
		SendResult result = template.sendAsync(WhatsAppMessage.text("15550001234", "hi")).join();
		List<RequestRecord> records = this.simulator.recorder().records();
		assertThat(records).hasSize(3);
		assertThat(result.messageId()).isEqualTo(records.get(2).wamid());
		// transient backoff: 100 ms, then 200 ms
		assertThat(Duration.ofNanos(records.get(1).nanoTime() - records.get(0).nanoTime()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(90));
		assertThat(Duration.ofNanos(records.get(2).nanoTime() - records.get(1).nanoTime()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(190));
		assertThat(this.failed).isEmpty();
	}

	@Test
	void persistentServerErrorsEndInRetryExhaustedAndTheListenerIsTold() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().build(), RateLimitSettings.defaults());
		this.simulator.faults().inject(Fault.serverError());
		Throwable failure = failureOf(template.sendAsync(WhatsAppMessage.text("15550001234", "hi")));
		assertThat(failure).isInstanceOf(WhatsAppRetryExhaustedException.class);
		assertThat(((WhatsAppRetryExhaustedException) failure).getAttempts()).isEqualTo(4);
		assertThat(this.simulator.recorder().records()).hasSize(4);
		assertThat(this.failed).containsExactly((WhatsAppException) failure);
	}

	@Test
	void neverRetriedErrorsFailAfterOneAttempt() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().build(), RateLimitSettings.defaults());
		this.simulator.faults().inject(Fault.graphError(131026));
		assertThat(failureOf(template.sendAsync(WhatsAppMessage.text("15550001234", "hi"))))
			.isInstanceOf(WhatsAppClientException.class);
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void messageThatCannotGoOutBeforeItsDeadlineFailsAndIsNeverSent() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().build(),
				RateLimitSettings.defaults().withPair(Duration.ofSeconds(1), 1).withMaxWait(Duration.ofSeconds(5)));
		Instant deadline = Instant.now().plusMillis(400);
		CompletableFuture<SendResult> first = template.sendAsync(this.simulator.phoneNumberId(),
				WhatsAppMessage.text("15550001234", "first"), deadline);
		CompletableFuture<SendResult> second = template.sendAsync(this.simulator.phoneNumberId(),
				WhatsAppMessage.text("15550001234", "second"), deadline);
		assertThat(first.join().messageId()).isNotBlank();
		assertThat(failureOf(second)).isInstanceOf(WhatsAppDeadlineExceededException.class);
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void closingTheTemplateFailsSendsWaitingForARetry() {
		WhatsAppTemplate template = template(SimulatorConfig.builder().build(), RateLimitSettings.defaults());
		this.simulator.faults().inject(Fault.graphError(131056).times(1));
		CompletableFuture<SendResult> send = template.sendAsync(WhatsAppMessage.text("15550001234", "hi"));
		org.awaitility.Awaitility.await().until(() -> this.simulator.recorder().records().size() == 1);
		template.close();
		assertThat(failureOf(send)).isInstanceOf(WhatsAppException.class);
	}

	private static int starterThreads() {
		return (int) Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("whatsapp-") && !thread.getName().startsWith("whatsapp-sim"))
			.count();
	}

	private static int clientThreads() {
		return (int) Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> !thread.getName().startsWith("whatsapp-sim"))
			.count();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static Throwable failureOf(CompletableFuture<?> future) {
		try {
			future.get(10, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure");
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
