package io.github.whatsappstarter.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.message.SendResult;

/**
 * The future of a {@link WhatsAppTemplate#sendAsync} send. Until its request is written, the
 * message can be withdrawn: {@link #withdraw()}, {@link #cancel(boolean)} and an early completion
 * (for example {@code orTimeout}) all stop it from being sent, and the listeners see a
 * {@link WhatsAppSendCancelledException}. Once the request is written, {@code cancel} and early
 * completions only detach the caller; the message's real outcome still reaches the listeners.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class WhatsAppSendFuture extends CompletableFuture<SendResult> {

	private static final int PENDING = 0;

	private static final int WRITING = 1;

	private static final int WITHDRAWN = 2;

	private final AtomicInteger phase = new AtomicInteger(PENDING);

	private final Runnable onWithdrawn;

	WhatsAppSendFuture(Runnable onWithdrawn) {
		this.onWithdrawn = onWithdrawn;
	}

	/**
	 * Withdraws the message if its request has not been written yet.
	 * @return {@code true} if the message will not be sent (this future then fails with
	 * {@link WhatsAppSendCancelledException}), {@code false} if its request is on the wire or the
	 * send has ended (this future completes with the outcome)
	 */
	public boolean withdraw() {
		if (isDone() || !this.phase.compareAndSet(PENDING, WITHDRAWN)) {
			return false;
		}
		this.onWithdrawn.run();
		return true;
	}

	@Override
	public boolean cancel(boolean mayInterruptIfRunning) {
		this.phase.compareAndSet(PENDING, WITHDRAWN);
		return super.cancel(mayInterruptIfRunning);
	}

	@Override
	public boolean completeExceptionally(Throwable ex) {
		// an early completion by the caller (orTimeout, completeExceptionally) withdraws like cancel
		this.phase.compareAndSet(PENDING, WITHDRAWN);
		return super.completeExceptionally(ex);
	}

	@Override
	public boolean complete(SendResult value) {
		this.phase.compareAndSet(PENDING, WITHDRAWN);
		return super.complete(value);
	}

	/**
	 * Claims the right to write the request now; fails once the message was withdrawn.
	 */
	boolean startWriting() {
		return this.phase.compareAndSet(PENDING, WRITING);
	}

	/**
	 * The answer arrived: a retry may be withdrawn again before it is written.
	 */
	void writingEnded() {
		this.phase.compareAndSet(WRITING, PENDING);
	}

	boolean isWriting() {
		return this.phase.get() == WRITING;
	}

	void succeed(SendResult result) {
		super.complete(result);
	}

	void fail(Throwable failure) {
		super.completeExceptionally(failure);
	}

}
