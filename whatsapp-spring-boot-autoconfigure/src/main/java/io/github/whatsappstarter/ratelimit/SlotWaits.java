package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.error.WhatsAppRateLimitedException;

/**
 * Waits until a reserved slot, counting the callers that wait: a synchronous caller sleeps, an
 * asynchronous one is scheduled on the executor (shut down by {@link #close()} only when owned).
 */
final class SlotWaits implements AutoCloseable {

	private final ScheduledExecutorService scheduler;

	private final boolean ownsScheduler;

	private final AtomicInteger waiting = new AtomicInteger();

	SlotWaits(ScheduledExecutorService scheduler, boolean ownsScheduler) {
		this.scheduler = scheduler;
		this.ownsScheduler = ownsScheduler;
	}

	/**
	 * Sleeps for a wait; an interrupted caller gets a {@link WhatsAppRateLimitedException}.
	 */
	void sleep(long nanos) {
		if (nanos <= 0) {
			return;
		}
		this.waiting.incrementAndGet();
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WhatsAppRateLimitedException("Interrupted while waiting for a rate-limit slot", null, 0, null,
					ex);
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/**
	 * Runs a task after a wait, on the calling thread when there is none.
	 */
	void schedule(long nanos, Runnable task) {
		if (nanos <= 0) {
			task.run();
			return;
		}
		this.waiting.incrementAndGet();
		this.scheduler.schedule(() -> {
			this.waiting.decrementAndGet();
			task.run();
		}, nanos, TimeUnit.NANOSECONDS);
	}

	int waiting() {
		return this.waiting.get();
	}

	@Override
	public void close() {
		if (this.ownsScheduler) {
			this.scheduler.shutdownNow();
		}
	}

}
