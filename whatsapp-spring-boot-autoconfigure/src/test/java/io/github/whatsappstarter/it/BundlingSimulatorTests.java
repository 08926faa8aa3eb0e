package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.whatsappstarter.bundling.BundlingAdvisor;
import io.github.whatsappstarter.bundling.BundlingSettings;
import io.github.whatsappstarter.bundling.MessageBundler;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.MediaSource;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bundling measured at the simulator: what arrives, in which order, and what each caller gets.
 */
class BundlingSimulatorTests {

	private static final String TO = "15550002222";

	private static final JsonMapper json = JsonMapper.builder().build();

	private WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	private MessageBundler bundler;

	@AfterEach
	void stop() {
		if (this.bundler != null) {
			this.bundler.close();
		}
		if (this.template != null) {
			this.template.close();
		}
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	private WhatsAppOperations bundled(SimulatorConfig config, Duration window) {
		this.simulator = WhatsAppSimulator.start(config);
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.build();
		this.bundler = new MessageBundler(new BundlingSettings(window, "\n\n", 10, Duration.ofSeconds(20)));
		ProxyFactory factory = new ProxyFactory(this.template);
		factory.addAdvisor(new BundlingAdvisor(this.bundler));
		return (WhatsAppOperations) factory.getProxy();
	}

	private static String textBody(RequestRecord record) {
		JsonNode body = json.readTree(record.body());
		return body.path("text").path("body").asString();
	}

	@Test
	void fiveTextsFromFiveThreadsArriveAsOneMessageWithoutPairRateErrors() throws Exception {
		WhatsAppOperations operations = bundled(
				SimulatorConfig.builder().pairBurst(1).pairInterval(Duration.ofSeconds(2)).build(), Duration.ofMillis(300));
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<CompletableFuture<SendResult>> sends = IntStream.range(0, 5)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> {
					await(go);
					return operations.send(TO, "part " + i);
				}, pool))
				.toList();
			go.countDown();
			List<SendResult> results = sends.stream().map(CompletableFuture::join).toList();
			List<RequestRecord> records = this.simulator.recorder().records();
			assertThat(records).hasSize(1);
			assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();
			assertThat(results).extracting(SendResult::messageId).containsOnly(records.get(0).wamid());
			assertThat(results).extracting(SendResult::bundledCount).containsOnly(5);
			assertThat(textBody(records.get(0)).split("\n\n")).containsExactlyInAnyOrder("part 0", "part 1", "part 2",
					"part 3", "part 4");
			assertThat(this.bundler.getCounts().getBundlesSent()).isEqualTo(1);
			assertThat(this.bundler.getCounts().getMessagesMerged()).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@ParameterizedTest(name = "latency {0} ms")
	@ValueSource(ints = { 0, 300 })
	void textsAreFlushedBeforeMediaAndTheNextTextFollowsTheMedia(int latencyMillis) {
		Latency latency = (latencyMillis == 0) ? Latency.none()
				: Latency.lognormal(Duration.ofMillis(latencyMillis), 0.4);
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).latency(latency).build(),
				Duration.ofMillis(200));
		CompletableFuture<SendResult> first = operations.sendAsync(WhatsAppMessage.text(TO, "one"));
		CompletableFuture<SendResult> second = operations.sendAsync(WhatsAppMessage.text(TO, "two"));
		CompletableFuture<SendResult> image = operations
			.sendAsync(WhatsAppMessage.image(TO, MediaSource.link("https://example.com/a.png")));
		CompletableFuture<SendResult> third = operations.sendAsync(WhatsAppMessage.text(TO, "three"));
		CompletableFuture.allOf(first, second, image, third).join();
		List<RequestRecord> records = this.simulator.recorder().records();
		assertThat(records).extracting(RequestRecord::type).containsExactly("text", "image", "text");
		assertThat(textBody(records.get(0))).isEqualTo("one\n\ntwo");
		assertThat(textBody(records.get(2))).isEqualTo("three");
		assertThat(first.join().messageId()).isEqualTo(second.join().messageId()).isEqualTo(records.get(0).wamid());
		assertThat(image.join().bundledCount()).isEqualTo(1);
		assertThat(third.join().messageId()).isEqualTo(records.get(2).wamid());
	}

	@Test
	void replyTextIsNeverMergedAndKeepsItsPlace() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofMillis(200));
		CompletableFuture<SendResult> first = operations.sendAsync(WhatsAppMessage.text(TO, "one"));
		CompletableFuture<SendResult> reply = operations
			.sendAsync(WhatsAppMessage.text(TO, "re").replyingTo("wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQzQUZGRkZGRkZGRkZGRkZGRkZGRgA="));
		CompletableFuture<SendResult> last = operations.sendAsync(WhatsAppMessage.text(TO, "two"));
		CompletableFuture.allOf(first, reply, last).join();
		List<String> bodies = this.simulator.recorder().records().stream().map(BundlingSimulatorTests::textBody).toList();
		assertThat(bodies).containsExactly("one", "re", "two");
	}

	@Test
	void overLongBundleIsSplitIntoAsFewMessagesAsPossible() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofMillis(200));
		List<CompletableFuture<SendResult>> sends = List.of("a", "b", "c")
			.stream()
			.map((letter) -> operations.sendAsync(WhatsAppMessage.text(TO, letter.repeat(2000))))
			.toList();
		List<SendResult> results = sends.stream().map(CompletableFuture::join).toList();
		List<String> bodies = this.simulator.recorder().records().stream().map(BundlingSimulatorTests::textBody).toList();
		assertThat(bodies).hasSize(2).allSatisfy((body) -> assertThat(body.length()).isLessThanOrEqualTo(4096));
		assertThat(bodies.get(0)).isEqualTo("a".repeat(2000) + "\n\n" + "b".repeat(2000));
		assertThat(bodies.get(1)).isEqualTo("c".repeat(2000));
		assertThat(results).extracting(SendResult::bundledCount).containsExactly(2, 2, 1);
	}

	@Test
	void bundleIsCappedByMaxMessages() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofSeconds(5));
		List<CompletableFuture<SendResult>> sends = IntStream.range(0, 10)
			.mapToObj((i) -> operations.sendAsync(WhatsAppMessage.text(TO, "m" + i)))
			.toList();
		// ten texts fill the bundle: it goes out at once, without waiting for the 5 s window
		CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).orTimeout(3, TimeUnit.SECONDS).join();
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void failureOfTheMergedMessageFailsEveryCallerWithTheSameException() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofMillis(200));
		this.simulator.faults().inject(Fault.graphError(131026).times(1));
		List<CompletableFuture<SendResult>> sends = IntStream.range(0, 3)
			.mapToObj((i) -> operations.sendAsync(WhatsAppMessage.text(TO, "m" + i)))
			.toList();
		Set<Throwable> failures = sends.stream().map(BundlingSimulatorTests::failureOf).collect(Collectors.toSet());
		assertThat(failures).hasSize(1);
		assertThat(failures.iterator().next()).isInstanceOf(WhatsAppClientException.class)
			.satisfies((ex) -> assertThat(((WhatsAppException) ex).getCode()).isEqualTo(131026));
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void syncCallersOfAFailedBundleAllGetTheTypedException() throws Exception {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofMillis(200));
		this.simulator.faults().inject(Fault.graphError(131026).times(1));
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<CompletableFuture<SendResult>> sends = IntStream.range(0, 3)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> operations.send(TO, "m" + i), pool))
				.toList();
			for (CompletableFuture<SendResult> send : sends) {
				assertThat(failureOf(send)).isInstanceOf(WhatsAppClientException.class);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.simulator.recorder().records()).hasSize(1);
	}

	@Test
	void viewsFromAnotherNumberAreBundledToo() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofMillis(200));
		WhatsAppOperations other = operations.from("100000000000002");
		List<SendResult> results = new ArrayList<>();
		List<CompletableFuture<SendResult>> sends = List.of(other.sendAsync(WhatsAppMessage.text(TO, "x")),
				other.sendAsync(WhatsAppMessage.text(TO, "y")));
		sends.forEach((send) -> results.add(send.join()));
		assertThat(this.simulator.recorder().records()).singleElement()
			.satisfies((record) -> assertThat(record.phoneNumberId()).isEqualTo("100000000000002"));
		assertThat(results).extracting(SendResult::bundledCount).containsOnly(2);
	}

	@Test
	void stoppingTheBundlerFlushesAnOpenBundle() {
		WhatsAppOperations operations = bundled(SimulatorConfig.builder().pairBurst(20).build(), Duration.ofSeconds(30));
		CompletableFuture<SendResult> pending = operations.sendAsync(WhatsAppMessage.text(TO, "bye"));
		assertThat(this.bundler.getPendingCount()).isEqualTo(1);
		this.bundler.stop();
		assertThat(pending).isCompleted();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(1);
	}

	private static Throwable failureOf(CompletableFuture<?> future) {
		try {
			future.get(5, TimeUnit.SECONDS);
			throw new AssertionError("expected a failure");
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
