package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitTests {

	private static List<String> toDistinctRecipients(int count, int offset) {
		return IntStream.range(0, count).mapToObj((i) -> SimulatorClient.text("1555" + (offset + i), "m" + i)).toList();
	}

	@Test
	void acceptsExactlyThroughputMessagesPerWindowAndRejectsTheRestWith130429() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(10).throughputWindow(Duration.ofSeconds(5)).build())) {
			List<SimulatorClient.Reply> replies = new SimulatorClient(sim).sendConcurrently(toDistinctRecipients(25, 0));
			assertThat(replies).filteredOn((r) -> r.status() == 200).hasSize(10);
			assertThat(replies).filteredOn((r) -> r.status() == 400).hasSize(15).allSatisfy((r) -> {
				assertThat(r.code()).isEqualTo(130429);
				assertThat(r.json().path("error").path("message").asString()).isEqualTo("(#130429) Rate limit hit");
			});
			assertThat(sim.recorder().acceptedCount()).isEqualTo(10);
			assertThat(sim.recorder().countErrorCode(130429)).isEqualTo(15);
		}
	}

	@Test
	void acceptsAgainOnceTheWindowHasSlidPast() throws InterruptedException {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(5).throughputWindow(Duration.ofSeconds(1)).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			assertThat(client.sendConcurrently(toDistinctRecipients(8, 0))).filteredOn((r) -> r.status() == 200)
				.hasSize(5);
			Thread.sleep(1100);
			assertThat(client.sendConcurrently(toDistinctRecipients(8, 100))).filteredOn((r) -> r.status() == 200)
				.hasSize(5);
			assertThat(sim.recorder().maxAcceptedInWindow(Duration.ofSeconds(1))).isEqualTo(5);
			assertThat(sim.recorder().maxAcceptedInWindow(sim.phoneNumberId(), Duration.ofSeconds(10))).isEqualTo(10);
		}
	}

	@Test
	void keepsThroughputPerPhoneNumberId() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(2).throughputWindow(Duration.ofSeconds(10)).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			for (int i = 0; i < 3; i++) {
				client.send("111", sim.accessToken(), SimulatorClient.text("1555" + i, "x"));
				client.send("222", sim.accessToken(), SimulatorClient.text("1555" + i, "x"));
			}
			assertThat(sim.recorder().records((r) -> r.accepted() && "111".equals(r.phoneNumberId()))).hasSize(2);
			assertThat(sim.recorder().records((r) -> r.accepted() && "222".equals(r.phoneNumberId()))).hasSize(2);
			assertThat(sim.recorder().countErrorCode(130429)).isEqualTo(2);
		}
	}

	@Test
	void allowsPairBurstThenRejectsWith131056UntilATokenRefills() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().pairBurst(3).pairInterval(Duration.ofMillis(800)).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			List<SimulatorClient.Reply> burst = client.sendConcurrently(
					IntStream.range(0, 6).mapToObj((i) -> SimulatorClient.text("+15550001111", "m" + i)).toList());
			assertThat(burst).filteredOn((r) -> r.status() == 200).hasSize(3);
			assertThat(burst).filteredOn((r) -> r.status() == 400).hasSize(3).allSatisfy((r) -> {
				assertThat(r.code()).isEqualTo(131056);
				assertThat(r.json().path("error").path("message").asString()).contains("pair rate limit hit");
			});
			assertThat(client.send(SimulatorClient.text("15550002222", "other user")).status()).isEqualTo(200);
			org.awaitility.Awaitility.await()
				.pollInterval(Duration.ofMillis(50))
				.atMost(Duration.ofSeconds(3))
				.until(() -> client.send(SimulatorClient.text("+15550001111", "later")).status() == 200);
			assertThat(sim.recorder().minSpacing("15550001111")).isPresent();
			assertThat(sim.recorder().records((r) -> r.accepted() && "15550001111".equals(r.recipient()))).hasSize(4);
			// the 4th accepted message came at least one refill interval after the burst
			List<RequestRecord> accepted = sim.recorder().records((r) -> r.accepted() && "15550001111".equals(r.recipient()));
			assertThat(accepted.get(3).nanoTime() - accepted.get(0).nanoTime())
				.isGreaterThanOrEqualTo(Duration.ofMillis(800).toNanos());
		}
	}

	@Test
	void answersThrottlingWithConfiguredHttpStatus() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throttleHttpStatus(429).pairBurst(1).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			client.send(SimulatorClient.text("1555", "a"));
			SimulatorClient.Reply reply = client.send(SimulatorClient.text("1555", "b"));
			assertThat(reply.status()).isEqualTo(429);
			assertThat(reply.code()).isEqualTo(131056);
		}
	}

	@Test
	void checksPairBeforeThroughputAndRejectedRequestsConsumeNothing() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(5).throughputWindow(Duration.ofSeconds(5)).pairBurst(1).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			for (int i = 0; i < 10; i++) {
				client.send(SimulatorClient.text("15550001111", "same user " + i));
			}
			assertThat(sim.recorder().acceptedCount()).isEqualTo(1);
			assertThat(sim.recorder().countErrorCode(131056)).isEqualTo(9);
			// 9 pair rejections used no throughput: 4 more distinct users fit in the window of 5
			assertThat(client.sendConcurrently(toDistinctRecipients(6, 0))).filteredOn((r) -> r.status() == 200).hasSize(4);
			assertThat(sim.recorder().countErrorCode(130429)).isEqualTo(2);
			// a throughput rejection did not take the pair token of its recipient
			String throttled = sim.recorder().records((r) -> r.errorCode() == 130429).get(0).recipient();
			sim.limits().throughput(100);
			assertThat(client.send(SimulatorClient.text(throttled, "again")).status()).isEqualTo(200);
		}
	}

	@Test
	void limitsUniqueTemplateRecipientsWithTheMessagingTier() {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(SimulatorConfig.builder().messagingLimitTier(2).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			assertThat(client.send(SimulatorClient.template("1555001")).status()).isEqualTo(200);
			assertThat(client.send(SimulatorClient.template("1555002")).status()).isEqualTo(200);
			SimulatorClient.Reply third = client.send(SimulatorClient.template("1555003"));
			assertThat(third.code()).isEqualTo(SimulatorConfig.DEFAULT_MESSAGING_LIMIT_ERROR_CODE);
			assertThat(client.send(SimulatorClient.template("1555001")).status()).isEqualTo(200);
			assertThat(client.send(SimulatorClient.text("1555003", "service reply")).status()).isEqualTo(200);
		}
	}

	@Test
	void usesTheConfiguredMessagingLimitCodeAndWindow() throws InterruptedException {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(SimulatorConfig.builder()
			.messagingLimitTier(1)
			.messagingLimitErrorCode(131064)
			.messagingLimitWindow(Duration.ofMillis(800))
			.build())) {
			SimulatorClient client = new SimulatorClient(sim);
			client.send(SimulatorClient.template("1555001"));
			assertThat(client.send(SimulatorClient.template("1555002")).code()).isEqualTo(131064);
			Thread.sleep(850);
			assertThat(client.send(SimulatorClient.template("1555002")).status()).isEqualTo(200);
		}
	}

	@Test
	void acceptsEverythingWhenLimitsAreOff() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().limitsEnabled(false).throughputPerSecond(1).pairBurst(1).build())) {
			List<String> bodies = IntStream.range(0, 50).mapToObj((i) -> SimulatorClient.text("1555", "m" + i)).toList();
			assertThat(new SimulatorClient(sim).sendConcurrently(bodies)).allMatch((r) -> r.status() == 200);
			assertThat(sim.recorder().acceptedCount()).isEqualTo(50);
			assertThat(sim.recorder().records()).extracting(RequestRecord::wamid).doesNotHaveDuplicates().hasSize(50);
		}
	}

	@Test
	void neverLetsASlidingWindowSeeMoreThanTheLimitUnderSustainedConcurrentLoad() throws InterruptedException {
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(20)
			.throughputWindow(Duration.ofMillis(200))
			.recordBodies(false)
			.build())) {
			SimulatorClient client = new SimulatorClient(sim);
			List<Thread> senders = IntStream.range(0, 4).mapToObj((t) -> new Thread(() -> {
				long end = System.nanoTime() + Duration.ofMillis(700).toNanos();
				for (int i = 0; System.nanoTime() < end; i++) {
					client.send(SimulatorClient.text("1555" + t + "" + i, "load"));
				}
			})).toList();
			senders.forEach(Thread::start);
			for (Thread sender : senders) {
				sender.join();
			}
			RequestRecorder recorder = sim.recorder();
			assertThat(recorder.maxAcceptedInWindow(Duration.ofMillis(200))).isLessThanOrEqualTo(20);
			assertThat(recorder.acceptedCount()).isGreaterThan(20);
			assertThat(recorder.acceptedCount() + recorder.countErrorCode(130429)).isEqualTo(recorder.records().size());
			assertThat(recorder.records()).allSatisfy((r) -> assertThat(r.body()).isNull());
		}
	}

	@Test
	void refusesAWebhookUrlWithoutAppSecret() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> SimulatorConfig.builder().webhookUrl("http://127.0.0.1:1/h").build());
	}

	@Test
	void changesLimitsAtRuntimeAndRestoresThemOnReset() {
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(2).throughputWindow(Duration.ofSeconds(5)).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			sim.limits().throughput(4);
			assertThat(client.sendConcurrently(toDistinctRecipients(6, 0))).filteredOn((r) -> r.status() == 200).hasSize(4);
			sim.reset();
			assertThat(sim.limits().throughput()).isEqualTo(2);
			assertThat(sim.recorder().records()).isEmpty();
			assertThat(client.sendConcurrently(toDistinctRecipients(6, 0))).filteredOn((r) -> r.status() == 200).hasSize(2);
		}
	}

	@Test
	void markAsReadCountsTowardThroughputOnlyWhenConfigured() {
		String read = "{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"wamid.A\"}";
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(2)
			.throughputWindow(Duration.ofSeconds(5))
			.markAsReadCountsTowardThroughput(true)
			.build())) {
			SimulatorClient client = new SimulatorClient(sim);
			assertThat(client.send(read).status()).isEqualTo(200);
			assertThat(client.send(read).status()).isEqualTo(200);
			assertThat(client.send(SimulatorClient.text("1555", "x")).code()).isEqualTo(130429);
		}
		try (WhatsAppSimulator sim = WhatsAppSimulator
			.start(SimulatorConfig.builder().throughputPerSecond(2).throughputWindow(Duration.ofSeconds(5)).build())) {
			SimulatorClient client = new SimulatorClient(sim);
			client.send(read);
			client.send(read);
			client.send(read);
			assertThat(client.send(SimulatorClient.text("1555", "x")).status()).isEqualTo(200);
		}
	}

}
