package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTests {

	static WhatsAppSimulator simulator;

	static SimulatorClient client;

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder().timeoutFaultHold(Duration.ofSeconds(2)).build());
		client = new SimulatorClient(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	private static SimulatorClient.Reply send(String to) {
		return client.send(SimulatorClient.text(to, "hello"));
	}

	@Test
	void answersServerErrorsWithGraphBodies() {
		simulator.faults()
			.inject(Fault.serverError().times(1))
			.inject(Fault.serviceUnavailable().times(1))
			.inject(Fault.serviceOverloaded().times(1));
		SimulatorClient.Reply first = send("1555");
		SimulatorClient.Reply second = send("1555");
		SimulatorClient.Reply third = send("1555");
		assertThat(first.status()).isEqualTo(500);
		assertThat(first.code()).isEqualTo(131000);
		assertThat(second.status()).isEqualTo(503);
		assertThat(second.code()).isEqualTo(2);
		assertThat(third.status()).isEqualTo(503);
		assertThat(third.code()).isEqualTo(131016);
		assertThat(send("1555").status()).isEqualTo(200);
		assertThat(simulator.recorder().countsByOutcome()).containsEntry(Outcome.FAULT, 3L)
			.containsEntry(Outcome.ACCEPTED, 1L);
	}

	@Test
	void appliesToTheNextNRequestsOnly() {
		simulator.faults().inject(Fault.maintenance().times(2));
		assertThat(send("1555").code()).isEqualTo(131057);
		assertThat(send("1555").code()).isEqualTo(131057);
		assertThat(send("1555").status()).isEqualTo(200);
		assertThat(simulator.faults().isEmpty()).isTrue();
	}

	@Test
	void answersExpiredTokenWith401() {
		simulator.faults().inject(Fault.expiredToken().times(1));
		SimulatorClient.Reply reply = send("1555");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.code()).isEqualTo(190);
	}

	@Test
	void forcesAGraphErrorForOneRecipientEvenWhenTheBucketHasTokens() {
		simulator.faults().inject(Fault.graphError(131056).forRecipient("+15550001111"));
		SimulatorClient.Reply forced = send("15550001111");
		assertThat(forced.code()).isEqualTo(131056);
		assertThat(forced.status()).isEqualTo(400);
		assertThat(send("15550002222").status()).isEqualTo(200);
		assertThat(send("15550001111").code()).isEqualTo(131056);
	}

	@Test
	void forcesAnyCodeWithMetasHttpStatus() {
		simulator.faults().inject(Fault.graphError(131048).times(1)).inject(Fault.graphError(131047).times(1));
		assertThat(send("1555").code()).isEqualTo(131048);
		assertThat(send("1555").code()).isEqualTo(131047);
	}

	@Test
	void answersBadGatewayWithHtml() {
		simulator.faults().inject(Fault.badGateway().times(1));
		SimulatorClient.Reply reply = send("1555");
		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.body()).startsWith("<html>");
	}

	@Test
	void answersMalformedJsonWith200() {
		simulator.faults().inject(Fault.malformedJson().times(1));
		SimulatorClient.Reply reply = send("1555");
		assertThat(reply.status()).isEqualTo(200);
		assertThatThrownBy(reply::json).isInstanceOf(tools.jackson.core.JacksonException.class);
		assertThat(simulator.recorder().acceptedCount()).isZero();
	}

	@Test
	void delaysTheAnswerAndThenAccepts() {
		simulator.faults().inject(Fault.delay(Duration.ofMillis(300)).times(1));
		long start = System.nanoTime();
		SimulatorClient.Reply reply = send("1555");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(simulator.recorder().records().get(0).fault()).isEqualTo(Fault.Kind.DELAY);
	}

	@Test
	void neverAnswersOnTimeoutUntilTheClientGivesUp() {
		simulator.faults().inject(Fault.timeout().times(1));
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> client.sendRaw(SimulatorClient.text("1555", "x"), Duration.ofMillis(300)));
		assertThat(simulator.recorder().records()).singleElement()
			.satisfies((r) -> assertThat(r.fault()).isEqualTo(Fault.Kind.TIMEOUT));
		assertThat(send("1555").status()).isEqualTo(200);
	}

	@Test
	void dropsTheConnectionWithoutResponse() {
		simulator.faults().inject(Fault.dropConnection().times(1));
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> client.sendRaw(SimulatorClient.text("1555", "x"), Duration.ofSeconds(5)));
		assertThat(simulator.recorder().records().get(0).httpStatus()).isZero();
		assertThat(send("1555").status()).isEqualTo(200);
	}

	@Test
	void appliesAFaultWithTheGivenProbability() {
		simulator.limits().enabled(false);
		simulator.faults().inject(Fault.serverError().withProbability(0.5));
		List<SimulatorClient.Reply> replies = client
			.sendConcurrently(IntStream.range(0, 200).mapToObj((i) -> SimulatorClient.text("1555", "m" + i)).toList());
		long failed = replies.stream().filter((r) -> r.status() == 500).count();
		assertThat(failed).isBetween(60L, 140L);
		assertThat(simulator.recorder().acceptedCount()).isEqualTo(200 - failed);
	}

	@Test
	void combinesRecipientAndCountAndIsClearedByReset() {
		simulator.faults().inject(Fault.serverError().forRecipient("1555").times(1));
		assertThat(send("1666").status()).isEqualTo(200);
		assertThat(send("1555").status()).isEqualTo(500);
		assertThat(send("1555").status()).isEqualTo(200);
		simulator.faults().inject(Fault.serverError());
		simulator.reset();
		assertThat(send("1555").status()).isEqualTo(200);
	}

}
