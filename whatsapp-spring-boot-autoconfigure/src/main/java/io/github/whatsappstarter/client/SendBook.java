package io.github.whatsappstarter.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.Futures;
import org.jspecify.annotations.Nullable;

/**
 * The bookkeeping of the {@link SendPipeline}'s sends: opens them, keeps the live ones, finishes
 * each exactly once (listeners first, then the caller's future, on the reporting executor, never on
 * a scheduler or limiter thread) and, on close, fails those not on the wire.
 */
final class SendBook {

	private final Set<PipelineSend> live = ConcurrentHashMap.newKeySet();

	private final SendNotifier notifier;

	private final Executor reporting;

	SendBook(SendNotifier notifier, Executor reporting) {
		this.notifier = notifier;
		this.reporting = reporting;
	}

	PipelineSend open(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline) {
		return new PipelineSend(phoneNumberId, message, deadline, (send) -> finish(send, null, send.withdrawn()));
	}

	void track(PipelineSend send) {
		this.live.add(send);
	}

	void finish(PipelineSend send, @Nullable SendResult result, @Nullable Throwable failure) {
		this.live.remove(send);
		if (!send.finish()) {
			return;
		}
		// listeners and the caller's dependent stages are user code: never on a scheduler or limiter thread
		try {
			this.reporting.execute(() -> report(send, result, failure));
		}
		catch (RuntimeException ex) {
			report(send, result, failure);
		}
	}

	private void report(PipelineSend send, @Nullable SendResult result, @Nullable Throwable failure) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - send.startNanos);
		// listeners first, so that a caller who sees the result also sees its events
		if (failure == null) {
			this.notifier.sent(send.phoneNumberId, send.message, result, elapsed);
			send.result.succeed(result);
		}
		else {
			WhatsAppException typed = WhatsAppErrorTranslator.typed(Futures.unwrap(failure), send.message.to());
			this.notifier.failed(send.phoneNumberId, send.message, typed, elapsed);
			send.result.fail(typed);
		}
	}

	/**
	 * Fails every live send that is not on the wire (waiting for a slot, a permit or a retry).
	 */
	void failUnwritten() {
		for (PipelineSend send : this.live) {
			if (!send.result.isWriting()) {
				finish(send, null, send.closed());
			}
		}
	}

}
