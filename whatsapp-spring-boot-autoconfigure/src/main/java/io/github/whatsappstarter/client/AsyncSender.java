package io.github.whatsappstarter.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.RetryClass;
import io.github.whatsappstarter.retry.WhatsAppRetryClassifier;
import io.github.whatsappstarter.retry.WhatsAppRetryExhaustedException;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous send pipeline of {@link WhatsAppTemplate}: waits for the permit with
 * {@link WhatsAppRateLimiter#acquireAsync}, makes the HTTP call on a bounded executor and
 * schedules retries on a scheduler instead of sleeping, so no thread is parked per waiting
 * message.
 */
final class AsyncSender {

	private final CloudApiClient client;

	private final WhatsAppRateLimiter rateLimiter;

	private final WhatsAppRetryPolicy policy;

	private final SendNotifier notifier;

	private final Executor executor;

	private final ScheduledExecutorService scheduler;

	private final List<WhatsAppRetryListener> retryListeners;

	private final Set<Send> live = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	AsyncSender(CloudApiClient client, WhatsAppRateLimiter rateLimiter, WhatsAppRetryPolicy policy,
			List<WhatsAppRetryListener> retryListeners, SendNotifier notifier, Executor executor,
			ScheduledExecutorService scheduler) {
		this.retryListeners = List.copyOf(retryListeners);
		this.client = client;
		this.rateLimiter = rateLimiter;
		this.policy = policy;
		this.notifier = notifier;
		this.executor = executor;
		this.scheduler = scheduler;
	}

	CompletableFuture<SendResult> send(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline) {
		Send send = new Send(phoneNumberId, message, deadline, System.nanoTime());
		this.live.add(send);
		send.result.whenComplete((result, failure) -> this.live.remove(send));
		attempt(send);
		return send.result;
	}

	/**
	 * Fails every send that has not completed yet, e.g. one waiting for a retry, so that no caller
	 * waits forever once the executors are gone.
	 */
	void close() {
		this.closed = true;
		for (Send send : this.live) {
			if (!send.inFlight) {
				// sends already on the wire finish normally: the executor lets running calls complete
				finish(send, closedException(send));
			}
		}
	}

	private static WhatsAppTransportException closedException(Send send) {
		return new WhatsAppTransportException("The WhatsApp template was closed before the message to "
				+ WhatsAppException.mask(send.message.to()) + " was sent", null, 0, send.message.to(), null);
	}

	private void attempt(Send send) {
		if (this.closed) {
			finish(send, closedException(send));
			return;
		}
		if (send.deadlinePassed()) {
			finish(send, new WhatsAppDeadlineExceededException(send.deadline, send.message.to()));
			return;
		}
		CompletableFuture<Void> permit;
		try {
			permit = this.rateLimiter.acquireAsync(send.phoneNumberId, send.message.recipientKey());
		}
		catch (RuntimeException ex) {
			permit = CompletableFuture.failedFuture(ex);
		}
		permit.whenComplete((ignored, failure) -> {
			if (failure != null) {
				failed(send, unwrap(failure));
				return;
			}
			try {
				this.executor.execute(() -> call(send));
			}
			catch (RuntimeException ex) {
				failed(send, new WhatsAppTransportException("The async send executor refused the message (shut down?)",
						null, 0, send.message.to(), ex));
			}
		});
	}

	private void call(Send send) {
		if (this.closed || send.ended.get()) {
			finish(send, closedException(send));
			return;
		}
		if (send.deadlinePassed()) {
			finish(send, new WhatsAppDeadlineExceededException(send.deadline, send.message.to()));
			return;
		}
		send.inFlight = true;
		try {
			SendResult result = this.client.send(send.phoneNumberId, send.message);
			if (send.end()) {
				// listeners first, so that a caller who sees the result also sees its events
				this.notifier.sent(send.phoneNumberId, send.message, result, send.elapsed());
				send.result.complete(result);
			}
		}
		catch (RuntimeException ex) {
			tellLimiter(send, ex);
			failed(send, ex);
		}
		finally {
			send.inFlight = false;
		}
	}

	private void tellLimiter(Send send, RuntimeException failure) {
		if (!(failure instanceof WhatsAppException rejection)) {
			return;
		}
		try {
			this.rateLimiter.onRejected(send.phoneNumberId, send.message.recipientKey(), rejection);
		}
		catch (RuntimeException ex) {
			// the feedback is an optimisation; the send still ends through failed()
		}
	}

	private void failed(Send send, Throwable failure) {
		send.attempts++;
		if (!this.policy.isRetryable(failure)) {
			finish(send, failure);
			return;
		}
		RetryClass retryClass = WhatsAppRetryClassifier.classify(failure);
		Backoff backoff = this.policy.backoffFor(retryClass);
		if (!this.policy.mayRetry(failure, send.attempts, send.elapsed()) || backoff == null) {
			finish(send, new WhatsAppRetryExhaustedException(send.attempts, (WhatsAppException) failure));
			return;
		}
		Duration delay = backoff.delay(send.attempts);
		for (WhatsAppRetryListener listener : this.retryListeners) {
			try {
				listener.onRetry(send.phoneNumberId, retryClass, send.attempts, failure, delay);
			}
			catch (RuntimeException ex) {
				// a listener must not stop the retry
			}
		}
		try {
			this.scheduler.schedule(() -> attempt(send), delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RuntimeException ex) {
			finish(send, failure);
		}
	}

	private void finish(Send send, Throwable failure) {
		WhatsAppException typed = WhatsAppTransportException.typed(failure, send.message.to());
		if (send.end()) {
			this.notifier.failed(send.phoneNumberId, send.message, typed, send.elapsed());
			send.result.completeExceptionally(typed);
		}
	}

	private static Throwable unwrap(Throwable failure) {
		return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
	}

	private static final class Send {

		private final String phoneNumberId;

		private final WhatsAppMessage message;

		private final @Nullable Instant deadline;

		private final long startNanos;

		private final CompletableFuture<SendResult> result = new CompletableFuture<>();

		private volatile int attempts;

		private volatile boolean inFlight;

		private final AtomicBoolean ended = new AtomicBoolean();

		Send(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline, long startNanos) {
			this.phoneNumberId = phoneNumberId;
			this.message = message;
			this.deadline = deadline;
			this.startNanos = startNanos;
		}

		/**
		 * Claims the right to end this send, so that exactly one outcome is reported.
		 * @return whether the caller ends it
		 */
		boolean end() {
			return this.ended.compareAndSet(false, true);
		}

		boolean deadlinePassed() {
			return this.deadline != null && Instant.now().isAfter(this.deadline);
		}

		Duration elapsed() {
			return Duration.ofNanos(System.nanoTime() - this.startNanos);
		}

	}

}
