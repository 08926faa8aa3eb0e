package io.github.whatsappstarter.retry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.support.Futures;
import io.github.whatsappstarter.support.Listeners;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Retries an asynchronous attempt under a {@link WhatsAppRetryPolicy}: each failure is classified,
 * the listeners are told, and the next attempt is scheduled after the backoff instead of parking a
 * thread. The one retry loop of the send pipeline, for blocking and non-blocking sends alike.
 *
 * @param <T> the result type
 */
final class AsyncRetryLoop<T> {

	private static final Log logger = LogFactory.getLog(AsyncRetryLoop.class);

	private final WhatsAppRetryPolicy policy;

	private final List<WhatsAppRetryListener> listeners;

	private final String phoneNumberId;

	private final Supplier<CompletableFuture<T>> attempt;

	private final ScheduledExecutorService scheduler;

	private final CompletableFuture<T> result = new CompletableFuture<>();

	private final long startNanos = System.nanoTime();

	private int failedAttempts;

	private AsyncRetryLoop(WhatsAppRetryPolicy policy, List<WhatsAppRetryListener> listeners, String phoneNumberId,
			Supplier<CompletableFuture<T>> attempt, ScheduledExecutorService scheduler) {
		this.policy = policy;
		this.listeners = listeners;
		this.phoneNumberId = phoneNumberId;
		this.attempt = attempt;
		this.scheduler = scheduler;
	}

	static <T> CompletableFuture<T> run(WhatsAppRetryPolicy policy, List<WhatsAppRetryListener> listeners,
			String phoneNumberId, Supplier<CompletableFuture<T>> attempt, ScheduledExecutorService scheduler) {
		AsyncRetryLoop<T> loop = new AsyncRetryLoop<>(policy, listeners, phoneNumberId, attempt, scheduler);
		loop.next();
		return loop.result;
	}

	private void next() {
		CompletableFuture<T> outcome;
		try {
			outcome = this.attempt.get();
		}
		catch (RuntimeException ex) {
			outcome = CompletableFuture.failedFuture(ex);
		}
		outcome.whenComplete((value, failure) -> {
			if (failure == null) {
				this.result.complete(value);
			}
			else {
				failed(Futures.unwrap(failure));
			}
		});
	}

	private void failed(Throwable failure) {
		this.failedAttempts++;
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos);
		Duration delay = this.policy.delayFor(failure, this.failedAttempts);
		if (delay == null || !this.policy.mayRetry(failure, this.failedAttempts, elapsed)) {
			this.result.completeExceptionally(this.policy.rethrowsAsIs(failure) ? failure
					: new WhatsAppRetryExhaustedException(this.failedAttempts, (WhatsAppException) failure));
			return;
		}
		RetryClass retryClass = WhatsAppRetryClassifier.classify(failure);
		int attempts = this.failedAttempts;
		Listeners.callEach(logger, this.listeners,
				(listener) -> listener.onRetry(this.phoneNumberId, retryClass, attempts, failure, delay),
				"the retry goes ahead");
		try {
			this.scheduler.schedule(this::next, delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RuntimeException ex) {
			// the scheduler is shut down: the send ends with its last failure
			this.result.completeExceptionally(failure);
		}
	}

	static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			Throwable cause = Futures.unwrap(ex);
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
