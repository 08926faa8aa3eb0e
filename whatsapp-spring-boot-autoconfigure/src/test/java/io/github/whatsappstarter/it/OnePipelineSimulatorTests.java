package io.github.whatsappstarter.it;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.RetryClass;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking and asynchronous sends run one pipeline: one retry loop (the retry operations'
 * asynchronous one) and a user's own retry operations around both.
 */
class OnePipelineSimulatorTests {

	private WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	@AfterEach
	void stop() {
		if (this.template != null) {
			this.template.close();
		}
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	private static WhatsAppRetryPolicy fastPolicy() {
		Backoff fast = new Backoff(Duration.ofMillis(20), 2, Duration.ofMillis(100), 0);
		return new WhatsAppRetryPolicy(3, Duration.ofSeconds(10), fast, fast, fast, false);
	}

	@Test
	void blockingSendsRetryThroughTheSameAsynchronousLoopNotABlockingOne() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		List<RetryClass> retries = new CopyOnWriteArrayList<>();
		WhatsAppRetryOperations asyncOnly = new SpringRetryOperations(fastPolicy(),
				List.of((phone, retryClass, attempts, failure, backoff) -> retries.add(retryClass))) {
			@Override
			public <T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt) {
				throw new AssertionError("the template must not use the blocking retry loop");
			}
		};
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.retryOperations(asyncOnly)
			.build();
		this.simulator.faults().inject(Fault.serverError().times(1));
		SendResult result = this.template.send("15550008001", "hi");
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(1).wamid());
		assertThat(retries).containsExactly(RetryClass.TRANSIENT);
	}

	@Test
	void aUsersOwnRetryOperationsWithoutAPolicyWrapAsynchronousSendsToo() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		AtomicInteger executions = new AtomicInteger();
		WhatsAppRetryOperations retryOnce = new WhatsAppRetryOperations() {
			@Override
			public <T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt) {
				executions.incrementAndGet();
				try {
					return attempt.get();
				}
				catch (WhatsAppException ex) {
					return attempt.get();
				}
			}
		};
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.retryOperations(retryOnce)
			.build();
		this.simulator.faults().inject(Fault.serverError().times(1));
		SendResult result = this.template.sendAsync(WhatsAppMessage.text("15550008002", "hi")).join();
		assertThat(result.messageId()).isEqualTo(this.simulator.recorder().records().get(1).wamid());
		assertThat(executions).hasValue(1);
	}

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void withVirtualThreadsTheHttpCallsAndTheirListenersRunOnVirtualThreads() throws Exception {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build());
		List<Boolean> virtual = new CopyOnWriteArrayList<>();
		Method isVirtual = Thread.class.getMethod("isVirtual");
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.virtualThreads(true)
			.listener(new WhatsAppSendListener() {
				@Override
				public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result,
						Duration duration) {
					try {
						virtual.add((Boolean) isVirtual.invoke(Thread.currentThread()));
					}
					catch (ReflectiveOperationException ex) {
						throw new IllegalStateException(ex);
					}
				}
			})
			.build();
		this.template.send("15550008003", "hi");
		this.template.sendAsync(WhatsAppMessage.text("15550008004", "hi")).join();
		assertThat(virtual).containsExactly(true, true);
	}

}
