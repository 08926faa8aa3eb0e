package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.client.WhatsAppMessageFailedEvent;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import io.github.whatsappstarter.webhook.WhatsAppStatusEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failure that Meta reports only by status webhook: the retryable ones are sent again, the
 * others end as a failure event. Real HTTP both ways: the app sends to the simulator, the
 * simulator posts signed webhooks to the app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "whatsapp.rate-limit.enabled=false", "whatsapp.retry.enabled=false",
				"whatsapp.webhook.enabled=true", "whatsapp.webhook.verify-token=verify", "spring.hazelcast.config=" })
@AutoConfigureWhatsAppSimulator(limits = false, webhooks = true)
class WebhookResendIntegrationTests {

	@Autowired
	private WhatsAppSimulator simulator;

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private Events events;

	@BeforeEach
	void onlyTheStatusesTheTestSends() {
		this.simulator.webhooks().autoStatuses();
		this.events.clear();
	}

	@Test
	void anAsyncPairRateFailureLeadsToAResendThatTheSimulatorAccepts() {
		SendResult first = this.whatsApp.send("15550002222", "hello");
		this.simulator.webhooks().sendStatus(first.messageId(), "failed", 131056).join();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(accepted("15550002222")).hasSize(2));
		List<RequestRecord> accepted = accepted("15550002222");
		assertThat(accepted.get(1).wamid()).isNotEqualTo(first.messageId());
		assertThat(accepted.get(1).body()).isEqualTo(accepted.get(0).body());
		assertThat(this.events.statuses).anySatisfy((status) -> assertThat(status.retryable()).isTrue());
		assertThat(this.events.failures).isEmpty();
	}

	@Test
	void aNonRetryableAsyncFailureIsReportedAndNotResent() {
		SendResult first = this.whatsApp.send("15550003333", "hello");
		this.simulator.webhooks().sendStatus(first.messageId(), "failed", 131026).join();

		await().atMost(Duration.ofSeconds(10)).until(() -> !this.events.failures.isEmpty());
		WhatsAppMessageFailedEvent failure = this.events.failures.get(0);
		assertThat(failure.getException()).isInstanceOf(WhatsAppClientException.class);
		assertThat(failure.getException().getCode()).isEqualTo(131026);
		assertThat(failure.getMessage().to()).isEqualTo("15550003333");
		assertThat(this.simulator).hasSentTo("15550003333", 1).hasNoErrors();
	}

	private List<RequestRecord> accepted(String recipient) {
		return this.simulator.recorder().records((record) -> record.accepted() && recipient.equals(record.recipient()));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApp {

		@Bean
		Events events() {
			return new Events();
		}

	}

	static class Events {

		final List<WhatsAppStatusEvent> statuses = new CopyOnWriteArrayList<>();

		final List<WhatsAppMessageFailedEvent> failures = new CopyOnWriteArrayList<>();

		@EventListener
		void on(WhatsAppStatusEvent event) {
			this.statuses.add(event);
		}

		@EventListener
		void on(WhatsAppMessageFailedEvent event) {
			this.failures.add(event);
		}

		void clear() {
			this.statuses.clear();
			this.failures.clear();
		}

	}

}
