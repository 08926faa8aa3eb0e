package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.client.WhatsAppMessageFailedEvent;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.autoconfigure.WhatsAppSimulatorInitializer;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Re-sends of messages that Meta reports failed by status webhook, against the simulator in a real
 * application: they run concurrently, a bundled message is re-sent with all its texts, and a node
 * shutting down before a re-send ran reports the message in a failure event.
 */
class FailedStatusResendSimulatorTests {

	private static final String SECRET = "resend-simulator-secret";

	private final List<WhatsAppMessageFailedEvent> failures = new CopyOnWriteArrayList<>();

	private ConfigurableApplicationContext context;

	private WhatsAppSimulator simulator;

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close(); // closes its simulator too
		}
	}

	/** Starts the application with a simulator of its own that posts webhooks to it. */
	private WhatsAppOperations start(String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.hazelcast.config=", "whatsapp.webhook.enabled=true", "whatsapp.webhook.verify-token=verify",
				"whatsapp.retry.enabled=false"));
		all.addAll(List.of(properties));
		WhatsAppSimulatorInitializer initializer = new WhatsAppSimulatorInitializer(
				SimulatorConfig.builder().limitsEnabled(false).build(), SECRET);
		this.context = new SpringApplicationBuilder(TestApp.class).initializers(initializer)
			.properties(all.toArray(String[]::new))
			.listeners((ApplicationListener<WhatsAppMessageFailedEvent>) this.failures::add)
			.run();
		this.simulator = initializer.simulator();
		return this.context.getBean(WhatsAppOperations.class);
	}

	@Test
	void reSendsRunConcurrently() {
		WhatsAppOperations whatsApp = start("whatsapp.rate-limit.enabled=false");
		List<String> recipients = List.of("15550004001", "15550004002", "15550004003", "15550004004");
		List<SendResult> first = recipients.stream().map((to) -> whatsApp.send(to, "hello")).toList();
		this.simulator.faults().inject(Fault.delay(Duration.ofMillis(800)).times(recipients.size()));

		long start = System.nanoTime();
		first.forEach((sent) -> this.simulator.webhooks().sendStatus(sent.messageId(), "failed", 131000).join());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(2 * recipients.size()));

		// one at a time, four re-sends answered after 800 ms each would take 3.2 s
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2400));
		assertThat(this.failures).isEmpty();
	}

	@Test
	void aReSentBundledMessageKeepsAllItsTexts() {
		WhatsAppOperations whatsApp = start("whatsapp.rate-limit.enabled=false", "whatsapp.bundling.enabled=true",
				"whatsapp.bundling.window=300ms");
		CompletableFuture<SendResult> one = whatsApp.sendAsync(WhatsAppMessage.text("15550005001", "first part"));
		CompletableFuture<SendResult> two = whatsApp.sendAsync(WhatsAppMessage.text("15550005001", "second part"));
		SendResult merged = one.join();
		assertThat(two.join().messageId()).isEqualTo(merged.messageId());

		// a text arriving while the re-send goes out must not be merged into it
		this.simulator.webhooks().sendStatus(merged.messageId(), "failed", 131056).join();
		whatsApp.sendAsync(WhatsAppMessage.text("15550005001", "later text"));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(accepted("15550005001")).hasSize(3));
		List<RequestRecord> accepted = accepted("15550005001");
		assertThat(accepted.get(0).body()).contains("first part", "second part");
		assertThat(accepted).filteredOn((record) -> record.body().contains("first part"))
			.hasSize(2)
			.allSatisfy((record) -> {
				assertThat(record.body()).isEqualTo(accepted.get(0).body());
				assertThat(record.body()).doesNotContain("later text");
			});
		assertThat(this.failures).isEmpty();
	}

	@Test
	void aFailedStatusWithoutErrorsIsAFailureOfUnknownCauseNotAnAuthenticationError() {
		WhatsAppOperations whatsApp = start("whatsapp.rate-limit.enabled=false");
		SendResult sent = whatsApp.send("15550007001", "hello");

		this.simulator.webhooks().sendStatus(sent.messageId(), "failed").join();

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.failures.isEmpty());
		assertThat(this.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.getException()).isExactlyInstanceOf(WhatsAppClientException.class)
				.isNotInstanceOf(WhatsAppAuthenticationException.class)
				.hasMessageContaining("without an errors array");
			assertThat(failure.getException().getGraphError()).isNull();
		});
		assertThat(accepted("15550007001")).hasSize(1);
	}

	@Test
	void aReSendStillWaitingWhenTheNodeShutsDownEndsInAFailureEvent() {
		WhatsAppOperations whatsApp = start("whatsapp.rate-limit.backend=local");
		SendResult sent = whatsApp.send("15550006001", "hello");
		// the 131056 drains the pair's budget: the re-send waits for the pair interval (about 6 s)
		this.simulator.webhooks().sendStatus(sent.messageId(), "failed", 131056).join();

		this.context.close();

		assertThat(accepted("15550006001")).hasSize(1);
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.failures.isEmpty());
		assertThat(this.failures).singleElement().satisfies((failure) -> {
			assertThat(failure.getMessage().to()).isEqualTo("15550006001");
			assertThat(failure.getPhoneNumberId()).isEqualTo(this.simulator.phoneNumberId());
		});
	}

	private List<RequestRecord> accepted(String recipient) {
		return this.simulator.recorder().records((record) -> record.accepted() && recipient.equals(record.recipient()));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApp {

	}

}
