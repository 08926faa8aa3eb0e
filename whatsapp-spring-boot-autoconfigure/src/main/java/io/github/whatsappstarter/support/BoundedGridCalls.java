package io.github.whatsappstarter.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;


import org.springframework.util.Assert;

/**
 * Runs calls on a data grid with a deadline: each call runs on a small daemon pool and the caller
 * waits at most the timeout, then gets an {@link IllegalStateException}. Hazelcast's own call
 * timeout is 60 s, and Bucket4j's proxy managers and plain map calls do not apply a shorter one, so
 * without this a frozen member (a long GC pause, a stalled VM) stalls every caller for a minute. A
 * call that times out keeps its pool thread until the grid answers; callers decide what to do
 * meanwhile (fall back, treat as unknown).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class BoundedGridCalls implements AutoCloseable {

	private final long timeoutNanos;

	private final String what;

	private final ExecutorService pool;

	/**
	 * Creates bounded calls.
	 * @param timeout the longest a caller waits for one call
	 * @param what what the calls reach, for messages and thread names (e.g. {@code rate-limit grid})
	 */
	public BoundedGridCalls(Duration timeout, String what) {
		Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		this.timeoutNanos = timeout.toNanos();
		this.what = what;
		this.pool = DaemonThreads.cachedPool("whatsapp-" + what.replace(' ', '-'));
	}

	/**
	 * Runs a call and waits at most the timeout for it.
	 * @param <T> the result type
	 * @param call the grid call
	 * @return its result
	 * @throws IllegalStateException if it did not answer in time or the wait was interrupted; a
	 * {@link RuntimeException} of the call itself is rethrown as it is
	 */
	public <T> T call(Supplier<T> call) {
		CompletableFuture<T> future = CompletableFuture.supplyAsync(call, this.pool);
		try {
			return future.get(this.timeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The " + this.what + " did not answer within "
					+ Duration.ofNanos(this.timeoutNanos).toMillis() + " ms", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the " + this.what, ex);
		}
	}

	/**
	 * Runs a call in the background, without a deadline for anyone (e.g. a recovery probe).
	 * @param task the task
	 */
	public void runInBackground(Runnable task) {
		this.pool.execute(task);
	}

	/**
	 * Returns the timeout.
	 * @return the longest a caller waits
	 */
	public Duration timeout() {
		return Duration.ofNanos(this.timeoutNanos);
	}

	@Override
	public void close() {
		this.pool.shutdownNow();
	}

}
