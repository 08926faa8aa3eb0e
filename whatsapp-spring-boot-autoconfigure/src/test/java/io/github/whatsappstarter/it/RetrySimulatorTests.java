package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryExhaustedException;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Retry behaviour measured at the simulator: what is retried, at what pace, and what is never
 * sent twice.
 */
class RetrySimulatorTests {

	private static final String TO = "15550001111";

	private WhatsAppSimulator simulator;

	private final List<WhatsAppException> failures = Collections.synchronizedList(new ArrayList<>());

	@AfterEach
	void stop() {
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	private static WhatsAppRetryPolicy fastPolicy() {
		return new WhatsAppRetryPolicy(6, Duration.ofSeconds(30),
				new Backoff(Duration.ofMillis(100), 4, Duration.ofSeconds(2), 0),
				new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(400), 0.5),
				new Backoff(Duration.ofMillis(20), 2, Duration.ofMillis(200), 0), false);
	}

	private WhatsAppTemplate template(WhatsAppRetryPolicy policy, WhatsAppRateLimiter limiter) {
		return WhatsAppTemplate.builder(SimulatorClients.client(this.simulator, Duration.ofMillis(500)),
				this.simulator.phoneNumberId())
			.rateLimiter(limiter)
			.retryOperations(new SpringRetryOperations(policy, List.of()))
			.listener(new WhatsAppSendListener() {
				@Override
				public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
						Duration duration) {
					RetrySimulatorTests.this.failures.add(exception);
				}
			})
			.build();
	}

	@Test
	void recipientOverItsPairRateGetsTheMessageAfterBackoff() {
		this.simulator = WhatsAppSimulator
			.start(SimulatorConfig.builder().pairBurst(1).pairInterval(Duration.ofMillis(300)).build());
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());

		template.send(TO, "first");
		SendResult second = template.send(TO, "second");

		List<RequestRecord> records = this.simulator.recorder().records();
		assertThat(records).extracting(RequestRecord::errorCode).first().isEqualTo(0);
		assertThat(this.simulator.recorder().countErrorCode(131056)).isGreaterThanOrEqualTo(1);
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(2);
		assertThat(second.messageId()).isEqualTo(records.get(records.size() - 1).wamid());
		assertThat(this.simulator.recorder().minSpacing(TO)).hasValueSatisfying(
				(spacing) -> assertThat(spacing).isGreaterThanOrEqualTo(Duration.ofMillis(280)));
		// the backoff grows 100 ms, 400 ms: the retries are spaced at least that far apart
		List<Long> arrivals = records.stream().skip(1).map(RequestRecord::nanoTime).toList();
		for (int i = 1; i < arrivals.size(); i++) {
			assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)))
				.isGreaterThanOrEqualTo(Duration.ofMillis(90));
		}
		assertThat(this.failures).isEmpty();
	}

	@Test
	void throughputStormFromSeveralThreadsEndsWithEveryMessageDelivered() throws Exception {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().throughputPerSecond(20).build());
		WhatsAppTemplate template = template(fastPolicy().withMaxAttempts(30), WhatsAppRateLimiter.unlimited());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<SendResult>> sends = IntStream.range(0, 60)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> template.send("1555000" + (1000 + i), "hi"), pool))
				.toList();
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.simulator.recorder().countErrorCode(130429)).as("the storm must hit the limit").isPositive();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(60);
		assertThat(this.failures).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 131048, 131049, 131047, 131026, 131050, 130472, 368, 190, 100 })
	void neverRetriedCodesAreAttemptedExactlyOnce(int code) {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.graphError(code));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());
		assertThatExceptionOfType(WhatsAppException.class).isThrownBy(() -> template.send(TO, "hi"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(code))
			.isNotInstanceOf(WhatsAppRetryExhaustedException.class);
		assertThat(this.simulator.recorder().records()).hasSize(1);
		assertThat(this.failures).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 131026 })
	void aServerStatusCarryingACodeNoRetryFixesIsAttemptedOnce(int code) {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults()
			.inject(Fault.graphError(io.github.whatsappstarter.test.simulator.GraphError.of(code, "injected")
				.withHttpStatus(500)));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());
		assertThatExceptionOfType(WhatsAppClientException.class).isThrownBy(() -> template.send(TO, "hi"));
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void maintenanceIsRetriedWithItsOwnBackoff() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.maintenance().times(2));
		WhatsAppRetryPolicy base = fastPolicy();
		WhatsAppRetryPolicy policy = new WhatsAppRetryPolicy(6, Duration.ofSeconds(30), base.pairRate(),
				base.throughput(), base.transientFailure(), false,
				new Backoff(Duration.ofMillis(300), 1, Duration.ofMillis(300), 0));
		WhatsAppTemplate template = template(policy, WhatsAppRateLimiter.unlimited());

		template.send(TO, "hi");

		List<RequestRecord> records = this.simulator.recorder().records();
		assertThat(records).extracting(RequestRecord::errorCode).containsExactly(131057, 131057, 0);
		for (int i = 1; i < records.size(); i++) {
			assertThat(Duration.ofNanos(records.get(i).nanoTime() - records.get(i - 1).nanoTime()))
				.isGreaterThanOrEqualTo(Duration.ofMillis(280));
		}
	}

	@Test
	void anAccountRateLimitIsRetriedAfterTheTimeMetaGave() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.graphError(4).withHeader("Retry-After", "1").times(1));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());

		template.send(TO, "hi");

		List<RequestRecord> records = this.simulator.recorder().records();
		assertThat(records).extracting(RequestRecord::errorCode).containsExactly(4, 0);
		assertThat(Duration.ofNanos(records.get(1).nanoTime() - records.get(0).nanoTime()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void anAccountRateLimitLongerThanTheTotalTimeFailsAtOnceSayingWhenToRetry() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults()
			.inject(Fault.graphError(80007)
				.withHeader("X-Business-Use-Case-Usage",
						"{\"102938475610\":[{\"type\":\"whatsapp\",\"call_count\":100,\"total_cputime\":1,"
								+ "\"total_time\":1,\"estimated_time_to_regain_access\":12}]}"));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());

		assertThatExceptionOfType(ApiRateLimitException.class).isThrownBy(() -> template.send(TO, "hi"))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(12)));
		assertThat(template.sendAsync(WhatsAppMessage.text(TO, "async"))).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOfSatisfying(ApiRateLimitException.class,
					(ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(12)));
		assertThat(this.simulator.recorder().records()).hasSize(2);
	}

	@Test
	void timeoutIsNotRetriedByDefault() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.timeout().times(1));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class).isThrownBy(() -> template.send(TO, "hi"));
		assertThat(this.simulator.recorder().records()).hasSize(1);
		assertThat(this.failures).singleElement().isInstanceOf(WhatsAppOutcomeUnknownException.class);
	}

	@Test
	void timeoutIsRetriedWhenTheUserAcceptsDuplicates() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.timeout().times(1));
		WhatsAppTemplate template = template(fastPolicy().withRetryOutcomeUnknown(true),
				WhatsAppRateLimiter.unlimited());
		SendResult result = template.send(TO, "hi");
		assertThat(this.simulator.recorder().records()).hasSize(2);
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(1).wamid());
	}

	@Test
	void anHtmlBadGatewayIsNotRetriedByDefault() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.badGateway().times(1));
		WhatsAppTemplate template = template(fastPolicy(), WhatsAppRateLimiter.unlimited());
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class).isThrownBy(() -> template.send(TO, "hi"))
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(502));
		assertThat(this.simulator.recorder().records()).hasSize(1);
		assertThat(this.failures).singleElement().isInstanceOf(WhatsAppOutcomeUnknownException.class);
	}

	@Test
	void anHtmlBadGatewayIsRetriedWhenTheUserAcceptsDuplicates() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.badGateway().times(1));
		WhatsAppTemplate template = template(fastPolicy().withRetryOutcomeUnknown(true),
				WhatsAppRateLimiter.unlimited());
		SendResult result = template.send(TO, "hi");
		assertThat(this.simulator.recorder().records()).hasSize(2);
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(1).wamid());
	}

	@Test
	void aServerErrorWithAGraphEnvelopeIsStillRetried() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.serverError().times(1));
		this.simulator.faults().inject(Fault.serviceUnavailable().times(1));
		SendResult result = template(fastPolicy(), WhatsAppRateLimiter.unlimited()).send(TO, "hi");
		assertThat(this.simulator.recorder().records()).hasSize(3);
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(2).wamid());
		assertThat(this.failures).isEmpty();
	}

	@Test
	void exhaustedRetriesRaiseTheTypedExceptionAndTellTheListeners() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.serverError());
		WhatsAppTemplate template = template(fastPolicy().withMaxAttempts(3), WhatsAppRateLimiter.unlimited());
		assertThatExceptionOfType(WhatsAppRetryExhaustedException.class).isThrownBy(() -> template.send(TO, "hi"))
			.satisfies((ex) -> {
				assertThat(ex.getAttempts()).isEqualTo(3);
				assertThat(ex.getCode()).isEqualTo(131000);
			});
		assertThat(this.simulator.recorder().records()).hasSize(3);
		assertThat(this.failures).singleElement().isInstanceOf(WhatsAppRetryExhaustedException.class);
	}

	@Test
	void everyRetriedAttemptGoesThroughTheLimiterAgain() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		this.simulator.faults().inject(Fault.serviceUnavailable().times(2));
		AtomicInteger permits = new AtomicInteger();
		WhatsAppRateLimiter countingLimiter = new CountingLimiter(permits);
		template(fastPolicy(), countingLimiter).send(TO, "hi");
		assertThat(this.simulator.recorder().records()).hasSize(3);
		assertThat(permits).hasValue(3);
	}

	private static final class CountingLimiter implements WhatsAppRateLimiter {

		private final AtomicInteger permits;

		CountingLimiter(AtomicInteger permits) {
			this.permits = permits;
		}

		@Override
		public void acquire(String phoneNumberId, String recipient) {
			this.permits.incrementAndGet();
		}

		@Override
		public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
			this.permits.incrementAndGet();
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onPairRateLimited(String phoneNumberId, String recipient) {
		}

		@Override
		public void onThroughputLimited(String phoneNumberId) {
		}

	}

}
