package io.github.whatsappstarter.test.assertj;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.whatsappstarter.test.WhatsAppSimulatorExtension;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each assertion passes on a simulator that received what it states and fails, with a message saying what was
 * found instead, on one that did not.
 */
class WhatsAppSimulatorAssertTests {

	@RegisterExtension
	static final WhatsAppSimulatorExtension extension = WhatsAppSimulatorExtension.withConfig(SimulatorConfig.builder()
		.throughputPerSecond(3)
		.pairBurst(2)
		.pairInterval(Duration.ofSeconds(10))
		.build());

	private final HttpClient http = HttpClient.newHttpClient();

	private int send(WhatsAppSimulator simulator, String to, String text) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(simulator.baseUrl() + "/v25.0/" + simulator.phoneNumberId() + "/messages"))
			.header("Authorization", "Bearer " + simulator.accessToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"messaging_product\":\"whatsapp\",\"to\":\"" + to
					+ "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void hasSentTextPassesForTheTextThatWasAcceptedAndFailsForAnotherTextOrRecipient(WhatsAppSimulator simulator)
			throws Exception {
		send(simulator, "+15550000001", "Hello");
		assertThat(simulator).hasSentText("+15550000001", "Hello").hasSentText("15550000001", "Hello");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentText("+15550000001", "Goodbye"))
			.withMessageContaining("Goodbye")
			.withMessageContaining("[Hello]");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentText("+15550000002", "Hello"));
	}

	@Test
	void hasSentTextFailsForATextThatWasRejected(WhatsAppSimulator simulator) throws Exception {
		simulator.faults().inject(Fault.serverError().times(1));
		send(simulator, "+15550000001", "Hello");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentText("+15550000001", "Hello"));
	}

	@Test
	void hasSentToCountsTheAcceptedMessagesOfOneRecipient(WhatsAppSimulator simulator) throws Exception {
		send(simulator, "15550000001", "one");
		send(simulator, "15550000001", "two");
		send(simulator, "15550000001", "three"); // 131056: the pair burst is 2
		assertThat(simulator).hasSentTo("15550000001").hasSentTo("15550000001", 2).hasSentNothingTo("15550000009");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentTo("15550000001", 3))
			.withMessageContaining("<3> messages")
			.withMessageContaining("<2> were accepted");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentTo("15550000009"))
			.withMessageContaining("15550000001");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).hasSentNothingTo("15550000001"));
	}

	@Test
	void hasSentCountsEveryAcceptedMessage(WhatsAppSimulator simulator) throws Exception {
		send(simulator, "15550000001", "one");
		send(simulator, "15550000002", "two");
		assertThat(simulator).hasSent(2);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(simulator).hasSent(1))
			.withMessageContaining("<2> were accepted");
	}

	@Test
	void hasNoErrorsPassesWhenEverythingWasAcceptedAndFailsOnALimitErrorOrAFault(WhatsAppSimulator simulator)
			throws Exception {
		send(simulator, "15550000001", "one");
		assertThat(simulator).hasNoErrors();

		send(simulator, "15550000001", "two");
		send(simulator, "15550000001", "three");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(simulator).hasNoErrors())
			.withMessageContaining("{131056=1}");

		simulator.reset();
		simulator.faults().inject(Fault.dropConnection().times(1));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> send(simulator, "15550000001", "four"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(simulator).hasNoErrors())
			.withMessageContaining("fault");
	}

	@Test
	void hasErrorsCountsTheAnswersWithOneGraphCode(WhatsAppSimulator simulator) throws Exception {
		for (int i = 1; i <= 5; i++) {
			send(simulator, "1555000000" + i, "burst");
		}
		assertThat(simulator).hasErrors(130429, 2).hasErrors(131056, 0);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(simulator).hasErrors(130429, 1))
			.withMessageContaining("found <2>");
	}

	@Test
	void maxPerSecondAtMostPassesAtTheBusiestSecondAndFailsBelowIt(WhatsAppSimulator simulator) throws Exception {
		for (int i = 1; i <= 5; i++) {
			send(simulator, "1555000000" + i, "burst");
		}
		// the simulator accepts 3 per second: 3 arrivals share one second, the other 2 were refused
		assertThat(simulator).maxPerSecondAtMost(3);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(simulator).maxPerSecondAtMost(2))
			.withMessageContaining("at most <2>")
			.withMessageContaining("found <3>");
	}

	@Test
	void minSpacingAtLeastFailsForTwoMessagesToOneRecipientCloserThanTheSpacing(WhatsAppSimulator simulator)
			throws Exception {
		send(simulator, "15550000001", "one");
		assertThat(simulator).minSpacingAtLeast("15550000001", Duration.ofSeconds(6));
		send(simulator, "15550000001", "two");
		assertThat(simulator).minSpacingAtLeast("15550000001", Duration.ZERO);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(simulator).minSpacingAtLeast("+15550000001", Duration.ofSeconds(6)))
			.withMessageContaining("at least <PT6S> apart");
	}

	@Test
	void aNullSimulatorFailsEveryAssertion() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat((WhatsAppSimulator) null).hasSent(0));
	}

}
