package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Measures how many sends per second this machine manages through a template without limiter
 * against the simulator with its limits off, so the report can tell a slow machine from a slow
 * limiter.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class CapacityProbe {

	private CapacityProbe() {
	}

	/**
	 * Sends for two seconds to warm up (JIT, connections), then measures for {@code duration} on
	 * {@code threads} threads.
	 * @param duration how long to measure
	 * @param threads the sender threads
	 * @return delivered messages per second
	 */
	static double sendsPerSecond(Duration duration, int threads) {
		SimulatorConfig config = SimulatorConfig.builder().limitsEnabled(false).serverThreads(16).build();
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config);
				WhatsAppTemplate operations = Stacks.naive(simulator, simulator.phoneNumberId())) {
			LoadRunner.run(List.of(new LoadRunner.Lane(operations, messages(0), threads)), Duration.ofSeconds(2));
			LoadRunner.Outcome outcome = LoadRunner
				.run(List.of(new LoadRunner.Lane(operations, messages(1_000_000), threads)), duration);
			return outcome.delivered() / outcome.seconds();
		}
	}

	private static Queue<WhatsAppMessage> messages(int offset) {
		Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
		for (int i = 0; i < 100_000; i++) {
			queue.add(WhatsAppMessage.text(Recipients.number(900, offset + i), "Probe"));
		}
		return queue;
	}

}
