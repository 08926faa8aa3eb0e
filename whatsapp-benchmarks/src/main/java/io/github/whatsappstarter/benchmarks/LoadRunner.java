package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Sends queues of messages ("lanes") through templates and counts what was delivered and what was
 * lost. {@link #run} drains each lane on a fixed number of threads with blocking sends;
 * {@link #runAsync} submits every message of every lane at once with {@code sendAsync}, as the
 * starter's campaigns do. Bounded: after the time limit no new message is taken (sync) or the sends
 * still pending are cancelled (async).
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
	 * @param threads the sender threads for this queue ({@link #run}, and the warm-up of either driver)
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

	/**
	 * Submits every message of every lane at once through {@code sendAsync} (one submitting thread per
	 * lane, all released together, as independent nodes would) and waits until every future is
	 * complete or the timeout has passed; sends still pending then are cancelled and counted as lost
	 * ({@code timed out}).
	 * @param lanes the lanes; their thread counts are ignored
	 * @param timeout the longest wait for all answers
	 * @return the outcome, with the wall time from the first submit to the last completion
	 */
	static Outcome runAsync(List<Lane> lanes, Duration timeout) {
		AsyncTally tally = new AsyncTally();
		List<CompletableFuture<SendResult>> futures = new ArrayList<>();
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> submitters = new ArrayList<>();
		for (Lane lane : lanes) {
			Thread submitter = new Thread(() -> submitAll(lane, futures, tally, go, stop), "bench-submit");
			submitter.setDaemon(true);
			submitters.add(submitter);
			submitter.start();
		}
		long start = System.nanoTime();
		tally.start(start);
		go.countDown();
		long deadline = start + timeout.toNanos();
		try {
			for (Thread submitter : submitters) {
				submitter.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
			}
			CompletableFuture.allOf(snapshot(futures).toArray(CompletableFuture[]::new))
				.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// counted per future below
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		stop.set(true);
		snapshot(futures).forEach((future) -> future.cancel(false));
		lanes.forEach((lane) -> lane.messages().clear());
		return tally.outcome();
	}

	private static void submitAll(Lane lane, List<CompletableFuture<SendResult>> futures, AsyncTally tally,
			CountDownLatch go, AtomicBoolean stop) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		WhatsAppMessage message;
		while (!stop.get() && (message = lane.messages().poll()) != null) {
			CompletableFuture<SendResult> future;
			try {
				future = lane.operations().sendAsync(message);
			}
			catch (RuntimeException ex) {
				future = CompletableFuture.failedFuture(ex);
			}
			future.whenComplete(tally::record);
			synchronized (futures) {
				futures.add(future);
			}
		}
	}

	private static List<CompletableFuture<SendResult>> snapshot(List<CompletableFuture<SendResult>> futures) {
		synchronized (futures) {
			return new ArrayList<>(futures);
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

	/**
	 * Counts the completions of an asynchronous run and the time of the last one.
	 */
	private static final class AsyncTally {

		private final AtomicLong delivered = new AtomicLong();

		private final AtomicLong lost = new AtomicLong();

		private final Map<String, Long> lostByType = new TreeMap<>();

		private final AtomicLong last = new AtomicLong();

		private volatile long start;

		void start(long nanos) {
			this.start = nanos;
			this.last.set(nanos);
		}

		void record(SendResult result, Throwable failure) {
			if (failure == null) {
				this.delivered.incrementAndGet();
			}
			else {
				this.lost.incrementAndGet();
				synchronized (this.lostByType) {
					this.lostByType.merge(typeOf(failure), 1L, Long::sum);
				}
			}
			this.last.accumulateAndGet(System.nanoTime(), Math::max);
		}

		Outcome outcome() {
			synchronized (this.lostByType) {
				return new Outcome(this.delivered.get(), this.lost.get(), new TreeMap<>(this.lostByType),
						(this.last.get() - this.start) / 1e9);
			}
		}

		private static String typeOf(Throwable failure) {
			Throwable cause = failure;
			while ((cause instanceof CompletionException || cause instanceof ExecutionException)
					&& cause.getCause() != null) {
				cause = cause.getCause();
			}
			return (cause instanceof CancellationException) ? "timed out" : cause.getClass().getSimpleName();
		}

	}

}
