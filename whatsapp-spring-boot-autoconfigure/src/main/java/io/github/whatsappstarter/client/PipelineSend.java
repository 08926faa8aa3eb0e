package io.github.whatsappstarter.client;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

/**
 * One send in the {@link SendPipeline}, across all its attempts: what is sent, to which lane, until
 * when, since when, the caller's future, and whether it was finished (exactly once).
 */
final class PipelineSend {

	final String phoneNumberId;

	final WhatsAppMessage message;

	final String recipient;

	final String lane;

	final @Nullable Instant deadline;

	final long startNanos = System.nanoTime();

	final WhatsAppSendFuture result;

	private final AtomicBoolean finished = new AtomicBoolean();

	/**
	 * @param onWithdrawn told when the caller withdraws the send through its future
	 */
	PipelineSend(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline,
			Consumer<PipelineSend> onWithdrawn) {
		this.phoneNumberId = phoneNumberId;
		this.message = message;
		this.recipient = message.recipientKey();
		this.lane = phoneNumberId + ":" + this.recipient;
		this.deadline = deadline;
		this.result = new WhatsAppSendFuture(() -> onWithdrawn.accept(this));
	}

	/**
	 * Marks the send finished.
	 * @return whether this call finished it (false when it was already)
	 */
	boolean finish() {
		return this.finished.compareAndSet(false, true);
	}

	/**
	 * Returns why no further attempt may start short of a closed pipeline: withdrawn by the caller
	 * or past its deadline; {@code null} when it may go on.
	 */
	@Nullable WhatsAppException stopReason() {
		if (this.result.isDone()) {
			return withdrawn();
		}
		if (this.deadline != null && Instant.now().isAfter(this.deadline)) {
			return new WhatsAppDeadlineExceededException(this.deadline, this.message.to());
		}
		return null;
	}

	WhatsAppException withdrawn() {
		return new WhatsAppSendCancelledException("its future was withdrawn, cancelled or completed by the caller",
				this.message.to());
	}

	WhatsAppException closed() {
		return new WhatsAppSendCancelledException("the WhatsApp template was closed", this.message.to());
	}

}
