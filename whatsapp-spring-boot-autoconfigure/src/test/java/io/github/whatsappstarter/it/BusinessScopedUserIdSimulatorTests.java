package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import io.github.whatsappstarter.webhook.MessageStatus;
import io.github.whatsappstarter.webhook.WhatsAppInboundMessageEvent;
import io.github.whatsappstarter.webhook.WhatsAppPhoneNumberQualityEvent;
import io.github.whatsappstarter.webhook.WhatsAppStatusEvent;
import io.github.whatsappstarter.webhook.WhatsAppTemplateStatusEvent;
import io.github.whatsappstarter.webhook.WhatsAppWebhookEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Users who adopted a username and account-level webhooks, with real HTTP both ways: the app sends
 * to a business-scoped user id through the simulator, the simulator posts signed webhooks (statuses
 * with {@code recipient_user_id}, inbound texts without {@code from}, a throughput upgrade, a
 * template approval) to the app's endpoint (the test kit points them at the app's random port and gives the
 * app the simulator's app secret).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "whatsapp.retry.enabled=false", "whatsapp.webhook.enabled=true",
				"whatsapp.webhook.verify-token=verify", "spring.hazelcast.config=",
				"whatsapp.rate-limit.hazelcast.embedded.cluster-name=bsuid-simulator-it" })
@AutoConfigureWhatsAppSimulator(limits = false, webhooks = true)
class BusinessScopedUserIdSimulatorTests {

	private static final String BSUID = "US.13491208655302741918";

	@Autowired
	private WhatsAppSimulator simulator;

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private Events events;

	@BeforeEach
	void forgetEvents() {
		this.events.all.clear();
	}

	@Test
	void sendsToABusinessScopedUserIdAsRecipientAndReadsItsStatusesWithUsernameAndPricing() {
		this.simulator.webhooks().username(BSUID, "@sheena");
		SendResult result = this.whatsApp.send(BSUID, "Your order has shipped");
		List<RequestRecord> accepted = this.simulator.recorder()
			.records((record) -> record.accepted() && BSUID.equals(record.recipient()));
		assertThat(accepted).singleElement()
			.satisfies((record) -> assertThat(record.body()).contains("\"recipient\":\"" + BSUID + "\"")
				.doesNotContain("\"to\""));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.events.of(WhatsAppStatusEvent.class).size() == 3);
		List<WhatsAppStatusEvent> statuses = this.events.of(WhatsAppStatusEvent.class);
		assertThat(statuses).extracting(WhatsAppStatusEvent::status)
			.containsExactly(MessageStatus.SENT, MessageStatus.DELIVERED, MessageStatus.READ);
		assertThat(statuses).allSatisfy((status) -> {
			assertThat(status.messageId()).isEqualTo(result.messageId());
			assertThat(status.recipientId()).isNull();
			assertThat(status.recipient().userId()).isEqualTo(BSUID);
		});
		assertThat(statuses.get(0).pricing().path("category").asString()).isEqualTo("service");
		assertThat(statuses.get(0).recipient().username()).isNull();
		assertThat(statuses.get(1).recipient().username()).isEqualTo("@sheena");
	}

	@Test
	void publishesAnInboundTextFromAUsernameUserWithoutAPhoneNumber() {
		assertThat(this.simulator.webhooks().sendInboundTextFromUsername(BSUID, "@sheena", "Is it in stock?").join())
			.isEqualTo(200);
		assertThat(this.events.of(WhatsAppInboundMessageEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.from()).isNull();
			assertThat(event.sender().key()).isEqualTo(BSUID);
			assertThat(event.sender().username()).isEqualTo("@sheena");
			assertThat(event.textBody()).isEqualTo("Is it in stock?");
			assertThat(event.phoneNumberId()).isEqualTo(this.simulator.phoneNumberId());
		});
	}

	@Test
	void publishesAThroughputUpgradeAndATemplateApprovalAsTypedEvents() {
		assertThat(this.simulator.webhooks().sendPhoneNumberQualityUpdate("THROUGHPUT_UPGRADE", "TIER_UNLIMITED").join())
			.isEqualTo(200);
		assertThat(this.simulator.webhooks().sendTemplateStatusUpdate(12345678L, "shipping_update", "en_US", "APPROVED", null)
			.join()).isEqualTo(200);
		assertThat(this.events.of(WhatsAppPhoneNumberQualityEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.throughputUpgrade()).isTrue());
		assertThat(this.events.of(WhatsAppTemplateStatusEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.templateId()).isEqualTo("12345678");
			assertThat(event.event()).isEqualTo("APPROVED");
		});
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

		final List<WhatsAppWebhookEvent> all = new CopyOnWriteArrayList<>();

		@EventListener
		void on(WhatsAppWebhookEvent event) {
			this.all.add(event);
		}

		<T> List<T> of(Class<T> type) {
			return this.all.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

}
