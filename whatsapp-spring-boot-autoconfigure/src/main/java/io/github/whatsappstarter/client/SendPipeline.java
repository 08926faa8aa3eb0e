package io.github.whatsappstarter.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.support.Futures;
import org.jspecify.annotations.Nullable;

import org.springframework.core.task.TaskDecorator;

/**
 * The one send pipeline of a {@link WhatsAppTemplate}; blocking sends wait on it. Per send: retry
 * (outer, {@link WhatsAppRetryOperations#executeAsync}, backoffs on a scheduler) → per attempt: the
 * recipient's lane ({@link SendLanes}, one attempt per pair at a time) → wait until the pair has
 * room (holding nothing) → in-flight permit ({@link InFlightGate}) → throughput slot → at that
 * slot take the pair slot and write the request at once on the transport executor → translate →
 * limiter feedback. Because the permit is held before the throughput slot is taken, a slot is never
 * followed by a queue: the time of both slots is the time Meta sees the request, whatever the
 * latency does. No thread waits for a slot, a permit or a backoff.
 * <p>
 * This class runs the stages; the bookkeeping of a send ({@link PipelineSend}, its
 * {@link SendAttempt}s) and finishing or failing it on close is {@link SendBook}'s.
 */
final class SendPipeline implements AutoCloseable {

	/** Half of the 20 ms the throughput shape allows between a slot and the request's arrival. */
	static final long LATE_START_NANOS = 10_000_000L;

	private final CloudApiClient client;

	private final WhatsAppRateLimiter rateLimiter;

	private final WhatsAppRetryOperations retryOperations;

	private final TaskDecorator taskDecorator;

	private final SendExecutors executors;

	private final InFlightGate gate;

	private final SendLanes lanes;

	private final SendBook book;

	private volatile boolean closed;

	SendPipeline(CloudApiClient client, WhatsAppRateLimiter rateLimiter, WhatsAppRetryOperations retryOperations,
			SendNotifier notifier, TaskDecorator taskDecorator, int maxInFlight, boolean virtualThreads) {
		this.client = client;
		this.rateLimiter = rateLimiter;
		this.retryOperations = retryOperations;
		this.taskDecorator = taskDecorator;
		this.executors = new SendExecutors(virtualThreads);
		this.book = new SendBook(notifier, this.executors.transport());
		this.gate = new InFlightGate(maxInFlight, this.executors.scheduler());
		this.lanes = new SendLanes(this.executors.scheduler());
	}

	/**
	 * Starts a send. Cancelling or timing out the returned future before the request is written
	 * withdraws the message; afterwards the outcome still reaches the listeners.
	 */
	WhatsAppSendFuture submit(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline) {
		PipelineSend send = this.book.open(phoneNumberId, message, deadline);
		if (this.closed) {
			this.book.finish(send, null, send.closed());
			return send.result;
		}
		this.book.track(send);
		CompletableFuture<SendResult> outcome;
		try {
			outcome = this.retryOperations.executeAsync(phoneNumberId, message, () -> attempt(send),
					this.executors.scheduler());
		}
		catch (RuntimeException ex) {
			outcome = CompletableFuture.failedFuture(ex);
		}
		outcome.whenComplete((result, failure) -> this.book.finish(send, result, failure));
		return send.result;
	}

	/**
	 * Waits for a send of this pipeline, as a blocking {@code send} does. An interrupt withdraws
	 * the message if it was not written yet.
	 */
	static SendResult await(CompletableFuture<SendResult> future, WhatsAppMessage message) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw WhatsAppErrorTranslator.typed(Futures.unwrap(ex), message.to());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(false);
			throw new WhatsAppSendCancelledException("the sending thread was interrupted", message.to());
		}
	}

	private CompletableFuture<SendResult> attempt(PipelineSend send) {
		CompletableFuture<SendResult> outcome = new CompletableFuture<>();
		WhatsAppException stop = stopReason(send);
		if (stop != null) {
			outcome.completeExceptionally(stop);
			return outcome;
		}
		// decorated here, on the thread that starts the attempt, so its context (an observation) carries over
		SendAttempt attempt = new SendAttempt(send, outcome, this.taskDecorator.decorate(() -> call(send, outcome)));
		this.lanes.enter(send.lane, () -> awaitPair(attempt));
		return outcome;
	}

	private void awaitPair(SendAttempt attempt) {
		PipelineSend send = attempt.send;
		WhatsAppException stop = stopReason(send);
		if (stop != null) {
			leave(attempt, stop);
			return;
		}
		stage(() -> this.rateLimiter.awaitPairAsync(send.phoneNumberId, send.recipient))
			.whenComplete((ignored, failure) -> {
				if (failure != null) {
					leave(attempt, Futures.unwrap(failure));
				}
				else {
					this.gate.acquire().thenRun(() -> withPermit(attempt));
				}
			});
	}

	private void withPermit(SendAttempt attempt) {
		PipelineSend send = attempt.send;
		WhatsAppException stop = stopReason(send);
		if (stop != null) {
			this.gate.release();
			leave(attempt, stop);
			return;
		}
		stage(() -> this.rateLimiter.acquireThroughputAsync(send.phoneNumberId, send.recipient))
			.whenComplete((ignored, failure) -> {
				if (failure != null) {
					this.gate.release();
					leave(attempt, Futures.unwrap(failure));
				}
				else {
					atSlot(attempt);
				}
			});
	}

	/**
	 * At the throughput slot, holding a permit: hand the attempt to the transport at once. A
	 * throughput slot that is not used stays unused (giving it back could put two requests in one
	 * slot).
	 */
	private void atSlot(SendAttempt attempt) {
		PipelineSend send = attempt.send;
		WhatsAppException stop = stopReason(send);
		if (stop != null) {
			this.gate.release();
			leave(attempt, stop);
			return;
		}
		if (!send.result.startWriting()) {
			// withdrawn by the caller just now
			this.gate.release();
			leave(attempt, send.withdrawn());
			return;
		}
		attempt.slotNanos = System.nanoTime();
		try {
			this.executors.transport().execute(() -> write(attempt));
		}
		catch (RuntimeException ex) {
			send.result.writingEnded();
			this.gate.release();
			leave(attempt, send.closed());
		}
	}

	/**
	 * On the transport thread: take the pair slot and write the request. A thread that starts
	 * later than {@link #LATE_START_NANOS} after the slot (a starved machine) takes a new
	 * throughput slot once, since a late request would arrive together with the next ones.
	 */
	private void write(SendAttempt attempt) {
		PipelineSend send = attempt.send;
		if (System.nanoTime() - attempt.slotNanos > LATE_START_NANOS && !attempt.reslotted) {
			attempt.reslotted = true;
			send.result.writingEnded();
			withPermit(attempt);
			return;
		}
		boolean pair;
		try {
			pair = this.rateLimiter.tryAcquirePair(send.phoneNumberId, send.recipient);
		}
		catch (RuntimeException ex) {
			send.result.writingEnded();
			this.gate.release();
			leave(attempt, ex);
			return;
		}
		if (!pair) {
			// another node took the pair slot since we looked: wait for the pair again
			send.result.writingEnded();
			this.gate.release();
			try {
				this.executors.scheduler().execute(() -> awaitPair(attempt));
			}
			catch (RuntimeException ex) {
				leave(attempt, send.closed());
			}
			return;
		}
		this.lanes.leave(send.lane);
		attempt.call.run();
	}

	private void call(PipelineSend send, CompletableFuture<SendResult> outcome) {
		SendResult result = null;
		RuntimeException failure = null;
		try {
			result = this.client.send(send.phoneNumberId, send.message);
		}
		catch (RuntimeException ex) {
			failure = ex;
			tellLimiter(send, ex);
		}
		finally {
			send.result.writingEnded();
			this.gate.release();
		}
		if (failure != null) {
			outcome.completeExceptionally(failure);
		}
		else {
			outcome.complete(result);
		}
	}

	private void leave(SendAttempt attempt, Throwable failure) {
		this.lanes.leave(attempt.send.lane);
		attempt.outcome.completeExceptionally(failure);
	}

	private void tellLimiter(PipelineSend send, RuntimeException failure) {
		if (failure instanceof WhatsAppException rejection) {
			try {
				this.rateLimiter.onRejected(send.phoneNumberId, send.recipient, rejection);
			}
			catch (RuntimeException ex) {
				// the feedback is an optimisation; the send still ends with Meta's answer
			}
		}
	}

	private @Nullable WhatsAppException stopReason(PipelineSend send) {
		return this.closed ? send.closed() : send.stopReason();
	}

	int inFlight() {
		return this.gate.inUse();
	}

	/**
	 * Fails every send that is not on the wire (waiting for a slot, a permit or a retry) and stops
	 * the executors; requests already written get a few seconds to be answered.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.book.failUnwritten();
		this.executors.close();
	}

	private static CompletableFuture<Void> stage(Supplier<CompletableFuture<Void>> stage) {
		try {
			return stage.get();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

}
