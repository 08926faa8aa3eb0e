package io.github.whatsappstarter.client;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A non-blocking FIFO semaphore bounding the requests a template has between its throughput slot
 * and the Cloud API's answer. A send acquires a permit before it takes its throughput slot, so a
 * saturated transport makes sends wait before the slot, never after it. Waiters are woken on the
 * given executor, so a release never runs another send's work on the releasing thread.
 */
final class InFlightGate {

	private static final CompletableFuture<Void> GRANTED = CompletableFuture.completedFuture(null);

	private final int capacity;

	private final Executor wakeUp;

	private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();

	private int available;

	InFlightGate(int capacity, Executor wakeUp) {
		this.capacity = capacity;
		this.available = capacity;
		this.wakeUp = wakeUp;
	}

	/**
	 * Returns a future that completes when a permit is held; the holder must call
	 * {@link #release()} exactly once.
	 */
	synchronized CompletableFuture<Void> acquire() {
		if (this.available > 0 && this.waiters.isEmpty()) {
			this.available--;
			return GRANTED;
		}
		CompletableFuture<Void> waiter = new CompletableFuture<>();
		this.waiters.add(waiter);
		return waiter;
	}

	/**
	 * Hands the permit to the longest waiter, or returns it.
	 */
	void release() {
		CompletableFuture<Void> next;
		synchronized (this) {
			next = this.waiters.poll();
			if (next == null) {
				this.available++;
				return;
			}
		}
		try {
			this.wakeUp.execute(() -> next.complete(null));
		}
		catch (RuntimeException ex) {
			// the executor is shut down: the waiter sees the closed template when it runs
			next.complete(null);
		}
	}

	synchronized int inUse() {
		return this.capacity - this.available;
	}

}
