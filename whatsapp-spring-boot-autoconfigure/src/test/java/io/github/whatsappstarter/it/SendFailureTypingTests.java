package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.error.WhatsAppTransportException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Whatever goes wrong around a send, the caller gets a {@link WhatsAppException} and the listeners
 * hear of it exactly once: nothing ends untyped, unreported or pending.
 */
class SendFailureTypingTests {

	private WhatsAppSimulator simulator;

	private final List<WhatsAppException> failures = new CopyOnWriteArrayList<>();

	private final List<SendResult> sent = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	private WhatsAppTemplate template(WhatsAppRateLimiter limiter) {
		return WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.rateLimiter(limiter)
			.listener(new WhatsAppSendListener() {
				@Override
				public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result,
						Duration duration) {
					SendFailureTypingTests.this.sent.add(result);
				}

				@Override
				public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
						Duration duration) {
					SendFailureTypingTests.this.failures.add(exception);
				}
			})
			.build();
	}

	@Test
	void anUnexpectedFailureBeforeSendingIsTypedAndReported() {
		WhatsAppTemplate template = template(new BrokenLimiter(true, false));
		assertThatExceptionOfType(WhatsAppTransportException.class).isThrownBy(() -> template.send("15550001111", "hi"))
			.withCauseInstanceOf(IllegalStateException.class);
		assertThat(this.failures).hasSize(1);
		assertThat(this.simulator.recorder().records()).isEmpty();
	}

	@Test
	void aFailingLimiterFeedbackNeverLeavesAnAsyncSendPending() throws Exception {
		WhatsAppTemplate template = template(new BrokenLimiter(false, true));
		this.simulator.faults().inject(Fault.graphError(131056).times(1));
		CompletableFuture<SendResult> send = template.sendAsync(WhatsAppMessage.text("15550001111", "hi"));
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> send.get(5, TimeUnit.SECONDS))
			.satisfies((ex) -> assertThat(((WhatsAppException) ex.getCause()).getCode()).isEqualTo(131056));
		assertThat(this.failures).singleElement().satisfies((failure) -> assertThat(failure.getCode()).isEqualTo(131056));
		template.close();
	}

	@Test
	void anAsyncSendAfterCloseFailsItsFutureInsteadOfThrowing() {
		WhatsAppTemplate template = template(WhatsAppRateLimiter.unlimited());
		template.sendAsync(WhatsAppMessage.text("15550001111", "warm up")).join();
		template.close();
		CompletableFuture<SendResult> late = template.sendAsync(WhatsAppMessage.text("15550001111", "too late"));
		assertThat(late).isCompletedExceptionally();
		assertThat(this.failures).singleElement().isInstanceOf(WhatsAppSendCancelledException.class);
		assertThat(this.sent).hasSize(1);
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	private static final class BrokenLimiter implements WhatsAppRateLimiter {

		private final boolean failAcquire;

		private final boolean failFeedback;

		BrokenLimiter(boolean failAcquire, boolean failFeedback) {
			this.failAcquire = failAcquire;
			this.failFeedback = failFeedback;
		}

		@Override
		public void acquire(String phoneNumberId, String recipient) {
			if (this.failAcquire) {
				throw new IllegalStateException("limiter bug");
			}
		}

		@Override
		public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
			acquire(phoneNumberId, recipient);
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onPairRateLimited(String phoneNumberId, String recipient) {
			if (this.failFeedback) {
				throw new IllegalStateException("feedback bug");
			}
		}

		@Override
		public void onThroughputLimited(String phoneNumberId) {
		}

	}

}
