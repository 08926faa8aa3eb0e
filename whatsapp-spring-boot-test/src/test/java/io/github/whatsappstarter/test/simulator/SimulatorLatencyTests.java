package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class SimulatorLatencyTests {

	private static final Duration MS_300 = Duration.ofMillis(300);

	private static WhatsAppSimulator start(SimulatorConfig.Builder builder) {
		return WhatsAppSimulator.start(builder.build());
	}

	private static CompletableFuture<Timed> sendTimed(SimulatorClient client, String body) {
		long start = System.nanoTime();
		return client.sendAsync(body).thenApply((reply) -> new Timed(reply, start, System.nanoTime()));
	}

	private static Timed send(SimulatorClient client, String body) {
		return sendTimed(client, body).join();
	}

	@Test
	void answersAfterTheFixedLatencyButRecordsTheRequestAtArrival() {
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder().latency(Latency.fixed(MS_300)))) {
			Timed answer = send(new SimulatorClient(sim), SimulatorClient.text("15550001111", "hi"));
			assertThat(answer.reply().status()).isEqualTo(200);
			assertThat(answer.elapsed()).isGreaterThanOrEqualTo(MS_300);
			RequestRecord record = sim.recorder().records().get(0);
			assertThat(record.accepted()).isTrue();
			assertThat(Duration.ofNanos(answer.end() - record.nanoTime())).isGreaterThanOrEqualTo(Duration.ofMillis(250));
			assertThat(Duration.ofNanos(record.nanoTime() - answer.start())).isLessThan(answer.elapsed().minusMillis(250));
		}
	}

	@Test
	void countsTheThroughputLimitAtArrivalAndDelaysEveryAnswer() {
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder()
			.throughputPerSecond(10)
			.throughputWindow(Duration.ofSeconds(1))
			.latency(Latency.fixed(MS_300)))) {
			SimulatorClient client = new SimulatorClient(sim);
			List<CompletableFuture<Timed>> futures = IntStream.range(0, 15)
				.mapToObj((i) -> sendTimed(client, SimulatorClient.text("155500" + (10 + i), "m" + i)))
				.toList();
			List<Timed> answers = futures.stream().map(CompletableFuture::join).toList();
			assertThat(answers).filteredOn((t) -> t.reply().status() == 200).hasSize(10);
			assertThat(answers).filteredOn((t) -> t.reply().status() == 400)
				.hasSize(5)
				.allSatisfy((t) -> assertThat(t.reply().code()).isEqualTo(130429));
			assertThat(answers).allSatisfy((t) -> assertThat(t.elapsed()).isGreaterThanOrEqualTo(MS_300));
			assertThat(sim.recorder().acceptedCount()).isEqualTo(10);
			assertThat(sim.recorder().countErrorCode(130429)).isEqualTo(5);
			// every request was counted (and recorded) at least 300 ms before its answer reached the client
			Map<String, RequestRecord> byRecipient = sim.recorder()
				.records()
				.stream()
				.collect(Collectors.toMap(RequestRecord::recipient, Function.identity()));
			for (int i = 0; i < 15; i++) {
				RequestRecord record = byRecipient.get("155500" + (10 + i));
				assertThat(Duration.ofNanos(answers.get(i).end() - record.nanoTime())).isGreaterThanOrEqualTo(MS_300);
			}
		}
	}

	@Test
	void delaysErrorAndFaultAnswersTooAndAddsTheDelayFaultOnTop() {
		Duration latency = Duration.ofMillis(200);
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder().latency(Latency.fixed(latency)))) {
			SimulatorClient client = new SimulatorClient(sim);
			long start = System.nanoTime();
			assertThat(client.send(sim.phoneNumberId(), "wrong-token", SimulatorClient.text("1555", "x")).code())
				.isEqualTo(190);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
			Timed invalid = send(client, "{not json");
			assertThat(invalid.reply().code()).isEqualTo(100);
			assertThat(invalid.elapsed()).isGreaterThanOrEqualTo(latency);
			sim.faults().inject(Fault.serverError().times(1));
			Timed serverError = send(client, SimulatorClient.text("1555", "x"));
			assertThat(serverError.reply().status()).isEqualTo(500);
			assertThat(serverError.elapsed()).isGreaterThanOrEqualTo(latency);
			sim.faults().inject(Fault.badGateway().times(1));
			Timed badGateway = send(client, SimulatorClient.text("1555", "x"));
			assertThat(badGateway.reply().status()).isEqualTo(502);
			assertThat(badGateway.elapsed()).isGreaterThanOrEqualTo(latency);
			Timed read = send(client, "{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"wamid.A\"}");
			assertThat(read.reply().status()).isEqualTo(200);
			assertThat(read.elapsed()).isGreaterThanOrEqualTo(latency);
			sim.faults().inject(Fault.delay(latency).times(1));
			Timed delayed = send(client, SimulatorClient.text("1555", "x"));
			assertThat(delayed.reply().status()).isEqualTo(200);
			assertThat(delayed.elapsed()).isGreaterThanOrEqualTo(latency.multipliedBy(2));
			sim.faults().inject(Fault.dropConnection().times(1));
			assertThatExceptionOfType(IOException.class)
				.isThrownBy(() -> client.sendRaw(SimulatorClient.text("1555", "x"), Duration.ofSeconds(5)));
		}
	}

	@Test
	void appliesARuntimeLatencyChangeToRequestsThatArriveAfterIt() {
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder())) {
			SimulatorClient client = new SimulatorClient(sim);
			sim.latency(Latency.fixed(Duration.ofSeconds(1)));
			CompletableFuture<Timed> stalled = sendTimed(client, SimulatorClient.text("15550001111", "stalled"));
			await().atMost(Duration.ofSeconds(2)).until(() -> sim.recorder().records().size() == 1);
			sim.latency(Latency.fixed(Duration.ofMillis(10)));
			assertThat(sim.latency()).isEqualTo(Latency.fixed(Duration.ofMillis(10)));
			Timed fast = send(client, SimulatorClient.text("15550002222", "fast"));
			assertThat(fast.reply().status()).isEqualTo(200);
			assertThat(fast.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(10)).isLessThan(Duration.ofMillis(500));
			assertThat(stalled).isNotDone();
			Timed slow = stalled.join();
			assertThat(slow.reply().status()).isEqualTo(200);
			assertThat(slow.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void restoresTheConfiguredLatencyOnReset() {
		Latency configured = Latency.fixed(Duration.ofMillis(50));
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder().latency(configured))) {
			assertThat(sim.latency()).isEqualTo(configured);
			sim.latency(Latency.lognormal(Duration.ofSeconds(2), 0.5));
			sim.reset();
			assertThat(sim.latency()).isEqualTo(configured);
			Timed answer = send(new SimulatorClient(sim), SimulatorClient.text("1555", "x"));
			assertThat(answer.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(50)).isLessThan(Duration.ofSeconds(1));
		}
	}

	@Test
	void answersFieldReadsWithoutLatency() {
		try (WhatsAppSimulator sim = start(SimulatorConfig.builder().latency(Latency.fixed(Duration.ofSeconds(2))))) {
			long start = System.nanoTime();
			SimulatorClient.Reply reply = new SimulatorClient(sim).get("/v24.0/" + sim.phoneNumberId() + "?fields=status",
					sim.accessToken());
			assertThat(reply.status()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		}
	}

	record Timed(SimulatorClient.Reply reply, long start, long end) {

		Duration elapsed() {
			return Duration.ofNanos(this.end - this.start);
		}

	}

}
