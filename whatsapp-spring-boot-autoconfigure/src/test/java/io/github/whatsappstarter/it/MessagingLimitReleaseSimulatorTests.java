package io.github.whatsappstarter.it;

import java.time.Clock;
import java.time.Duration;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.InMemoryMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.MessagingLimitExceededException;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A recipient counted against the messaging-limit tier for a template that Meta refused is taken
 * back; one whose send has an unknown outcome stays counted (Meta may have accepted it).
 */
class MessagingLimitReleaseSimulatorTests {

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

	private void start(Duration readTimeout) {
		this.simulator = WhatsAppSimulator.start();
		this.template = WhatsAppTemplate
			.builder(SimulatorClients.client(this.simulator, readTimeout), this.simulator.phoneNumberId())
			.messagingLimitGuard(new InMemoryMessagingLimitGuard(1, Duration.ofHours(24), Clock.systemUTC()))
			.build();
	}

	@Test
	void aTemplateMetaRefusedDoesNotUseUpTheTier() {
		start(Duration.ofSeconds(5));
		this.simulator.faults().inject(Fault.graphError(131026).times(1));
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.template.send(WhatsAppMessage.template("15550007001", "hello_world", "en_US").build()));
		assertThat(this.template.send(WhatsAppMessage.template("15550007002", "hello_world", "en_US").build())
			.messageId()).isNotBlank();
	}

	@Test
	void aTemplateWhoseOutcomeIsUnknownStaysCounted() {
		start(Duration.ofMillis(300));
		this.simulator.faults().inject(Fault.timeout().times(1));
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class)
			.isThrownBy(() -> this.template.send(WhatsAppMessage.template("15550007003", "hello_world", "en_US").build()));
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> this.template.send(WhatsAppMessage.template("15550007004", "hello_world", "en_US").build()));
	}

}
