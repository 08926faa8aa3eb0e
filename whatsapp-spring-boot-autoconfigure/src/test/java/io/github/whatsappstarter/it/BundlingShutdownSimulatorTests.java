package io.github.whatsappstarter.it;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pending bundle is sent, not lost, when the application context closes.
 */
class BundlingShutdownSimulatorTests {

	private final WhatsAppSimulator simulator = WhatsAppSimulator.start();

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void closingTheContextFlushesAndSendsThePendingBundle() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(WhatsAppAutoConfiguration.class, WhatsAppBundlingAutoConfiguration.class))
			.withPropertyValues("whatsapp.phone-number-id=" + this.simulator.phoneNumberId(),
					"whatsapp.access-token=" + this.simulator.accessToken(),
					"whatsapp.api.base-url=" + this.simulator.baseUrl(), "whatsapp.bundling.enabled=true",
					"whatsapp.bundling.window=60s", "whatsapp.bundling.shutdown-timeout=30s")
			.run((context) -> {
				WhatsAppOperations operations = context.getBean(WhatsAppOperations.class);
				CompletableFuture<SendResult> first = operations.sendAsync(WhatsAppMessage.text("15550003333", "see"));
				CompletableFuture<SendResult> second = operations.sendAsync(WhatsAppMessage.text("15550003333", "you"));
				assertThat(this.simulator.recorder().records()).isEmpty();
				context.close();
				assertThat(first).isCompleted();
				assertThat(second.join().bundledCount()).isEqualTo(2);
				assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(1);
			});
	}

}
