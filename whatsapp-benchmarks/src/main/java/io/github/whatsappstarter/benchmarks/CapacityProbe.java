package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.whatsappstarter.client.WhatsAppOperations;
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
	 * Sends for {@code duration} on {@code threads} threads after a warm-up.
	 * @param duration how long to send
	 * @param threads the sender threads
	 * @return delivered messages per second
	 */
	static double sendsPerSecond(Duration duration, int threads) {
		int messages = 200_000;
		SimulatorConfig config = SimulatorConfig.builder().limitsEnabled(false).serverThreads(16).build();
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			WhatsAppOperations operations = Stacks.naive(simulator, simulator.phoneNumberId());
			Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < messages; i++) {
				queue.add(WhatsAppMessage.text(Recipients.number(900, i), "Probe " + i));
			}
			List<LoadRunner.Lane> lanes = List.of(new LoadRunner.Lane(operations, queue, threads));
			LoadRunner.warmUp(lanes, 903);
			LoadRunner.Outcome outcome = LoadRunner.run(lanes, duration);
			return outcome.delivered() / outcome.seconds();
		}
	}

}
