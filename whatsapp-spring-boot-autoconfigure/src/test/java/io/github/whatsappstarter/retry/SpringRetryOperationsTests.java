package io.github.whatsappstarter.retry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.error.GraphError;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SpringRetryOperationsTests {

	private static final WhatsAppMessage MESSAGE = WhatsAppMessage.text("15550001111", "hi");

	private final List<Long> sleeps = new ArrayList<>();

	private final List<RetryClass> retried = new ArrayList<>();

	private SpringRetryOperations operations(WhatsAppRetryPolicy policy) {
		return new SpringRetryOperations(policy, this.sleeps::add,
				List.of((phone, retryClass, failed, failure, backoff) -> this.retried.add(retryClass)));
	}

	private static WhatsAppRetryPolicy noJitter() {
		return new WhatsAppRetryPolicy(5, Duration.ofMinutes(1),
				new Backoff(Duration.ofSeconds(1), 4, Duration.ofSeconds(64), 0),
				new Backoff(Duration.ofMillis(100), 2, Duration.ofSeconds(1), 0),
				new Backoff(Duration.ofMillis(50), 2, Duration.ofSeconds(1), 0), false);
	}

	private static PairRateLimitException pairRate() {
		return new PairRateLimitException("131056", GraphError.of(131056, "pair"), 400, "15550001111", null);
	}

	@Test
	void retriesPairRateWithMetasGrowingWaitsUntilItSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		String result = operations(noJitter()).execute("1", MESSAGE, () -> {
			if (calls.incrementAndGet() < 4) {
				throw pairRate();
			}
			return "sent";
		});
		assertThat(result).isEqualTo("sent");
		assertThat(calls).hasValue(4);
		assertThat(this.sleeps).containsExactly(1000L, 4000L, 16000L);
		assertThat(this.retried).containsOnly(RetryClass.PAIR_RATE).hasSize(3);
	}

	@Test
	void usesTheBackoffOfTheLatestFailureClass() {
		AtomicInteger calls = new AtomicInteger();
		operations(noJitter()).execute("1", MESSAGE, () -> {
			int call = calls.incrementAndGet();
			if (call == 1) {
				throw new ThroughputLimitException("130429", GraphError.of(130429, "t"), 400, "1", null);
			}
			if (call == 2) {
				throw pairRate();
			}
			return "sent";
		});
		assertThat(this.sleeps).containsExactly(100L, 4000L);
	}

	@Test
	void neverRetriesAClientErrorAndThrowsItUnchanged() {
		AtomicInteger calls = new AtomicInteger();
		WhatsAppClientException failure = new WhatsAppClientException("131026", GraphError.of(131026, "x"), 400, "1",
				null);
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> operations(noJitter()).execute("1", MESSAGE, () -> {
				calls.incrementAndGet();
				throw failure;
			}))
			.isSameAs(failure);
		assertThat(calls).hasValue(1);
		assertThat(this.sleeps).isEmpty();
	}

	@Test
	void maxAttemptsCountsTheFirstCallAndExhaustionIsTyped() {
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(WhatsAppRetryExhaustedException.class)
			.isThrownBy(() -> operations(noJitter().withMaxAttempts(3)).execute("1", MESSAGE, () -> {
				calls.incrementAndGet();
				throw pairRate();
			}))
			.satisfies((ex) -> {
				assertThat(ex.getAttempts()).isEqualTo(3);
				assertThat(ex.getCode()).isEqualTo(131056);
				assertThat(ex.getLastError()).isInstanceOf(PairRateLimitException.class);
				assertThat(ex.getRecipient()).isEqualTo("15550001111");
			});
		assertThat(calls).hasValue(3);
	}

	@Test
	void outcomeUnknownIsNotRetriedUnlessOptedIn() {
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class)
			.isThrownBy(() -> operations(noJitter()).execute("1", MESSAGE, () -> {
				calls.incrementAndGet();
				throw new WhatsAppOutcomeUnknownException("timeout", null, 0, "1", null);
			}));
		assertThat(calls).hasValue(1);

		calls.set(0);
		String result = operations(noJitter().withRetryOutcomeUnknown(true)).execute("1", MESSAGE, () -> {
			if (calls.incrementAndGet() == 1) {
				throw new WhatsAppOutcomeUnknownException("timeout", null, 0, "1", null);
			}
			return "sent";
		});
		assertThat(result).isEqualTo("sent");
		assertThat(calls).hasValue(2);
	}

	@Test
	void stopsRetryingAfterTheMaxTotalTime() {
		WhatsAppRetryPolicy policy = new WhatsAppRetryPolicy(100, Duration.ofMillis(150), noJitter().pairRate(),
				noJitter().throughput(), noJitter().transientFailure(), false);
		SpringRetryOperations operations = new SpringRetryOperations(policy, (millis) -> Thread.sleep(60),
				List.of());
		AtomicInteger calls = new AtomicInteger();
		assertThatExceptionOfType(WhatsAppException.class).isThrownBy(() -> operations.execute("1", MESSAGE, () -> {
			calls.incrementAndGet();
			throw pairRate();
		}));
		assertThat(calls.get()).isBetween(2, 5);
	}

}
