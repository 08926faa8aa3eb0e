package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.whatsappstarter.client.WhatsAppException;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Drains queues of messages through templates on a fixed number of threads per queue ("lane") and
 * counts what was delivered and what was lost. Bounded: after the time limit no new message is
 * taken, and threads still busy 15 s later are interrupted.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class LoadRunner {

	private LoadRunner() {
	}

	/**
	 * One queue of messages sent through one template by {@code threads} threads.
	 * @param operations the template (a node's stack)
	 * @param messages the messages, taken in order
	 * @param threads the sender threads for this queue
	 */
	record Lane(WhatsAppOperations operations, Queue<WhatsAppMessage> messages, int threads) {
	}

	/**
	 * What a load run produced.
	 * @param delivered sends that returned a result
	 * @param lost sends that ended in an exception (after retries, if any)
	 * @param lostByType lost sends per exception type
	 * @param seconds wall time from the first send to the last answer
	 */
	record Outcome(long delivered, long lost, Map<String, Long> lostByType, double seconds) {
	}

	/**
	 * Opens the HTTP connections and warms the JIT: every lane's threads each send one message to a
	 * recipient of their own, in parallel. Callers reset the simulator afterwards.
	 * @param lanes the lanes of the run to come
	 * @param prefix the recipient prefix for the warm-up messages
	 */
	static void warmUp(List<Lane> lanes, int prefix) {
		List<Lane> warmUp = new ArrayList<>();
		int index = 0;
		for (Lane lane : lanes) {
			Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < lane.threads(); i++) {
				queue.add(WhatsAppMessage.text(Recipients.number(prefix, index++), "Warm-up"));
			}
			warmUp.add(new Lane(lane.operations(), queue, lane.threads()));
		}
		run(warmUp, Duration.ofSeconds(30));
	}

	static Outcome run(List<Lane> lanes, Duration timeout) {
		int threads = lanes.stream().mapToInt(Lane::threads).sum();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		AtomicLong delivered = new AtomicLong();
		AtomicLong lost = new AtomicLong();
		Map<String, Long> lostByType = new TreeMap<>();
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		List<Runnable> workers = new ArrayList<>();
		for (Lane lane : lanes) {
			for (int i = 0; i < lane.threads(); i++) {
				workers.add(() -> drain(lane, deadline, delivered, lost, lostByType));
			}
		}
		workers.forEach(executor::execute);
		executor.shutdown();
		try {
			if (!executor.awaitTermination(timeout.toMillis() + 15_000, TimeUnit.MILLISECONDS)) {
				executor.shutdownNow();
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		lanes.forEach((lane) -> lane.messages().clear());
		synchronized (lostByType) {
			return new Outcome(delivered.get(), lost.get(), new TreeMap<>(lostByType), seconds);
		}
	}

	private static void drain(Lane lane, long deadline, AtomicLong delivered, AtomicLong lost, Map<String, Long> lostByType) {
		WhatsAppMessage message;
		while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline
				&& (message = lane.messages().poll()) != null) {
			try {
				lane.operations().send(message);
				delivered.incrementAndGet();
			}
			catch (WhatsAppException | IllegalStateException ex) {
				lost.incrementAndGet();
				synchronized (lostByType) {
					lostByType.merge(ex.getClass().getSimpleName(), 1L, Long::sum);
				}
			}
		}
	}

}
