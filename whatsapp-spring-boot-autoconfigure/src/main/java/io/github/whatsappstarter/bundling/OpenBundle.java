package io.github.whatsappstarter.bundling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MessageLimits;
import io.github.whatsappstarter.message.TextMessage;
import org.jspecify.annotations.Nullable;

/**
 * The window of one conversation: the texts waiting to be merged, their merged length, the
 * operations that will send them and the timer that closes the window. Guarded by the bundler's
 * lock.
 */
final class OpenBundle {

	private final List<PendingText> pending = new ArrayList<>();

	private int length;

	@Nullable WhatsAppOperations target;

	@Nullable ScheduledFuture<?> timer;

	boolean fits(TextMessage text, String separator) {
		return this.pending.isEmpty()
				|| this.length + separator.length() + text.body().length() <= MessageLimits.TEXT_BODY_MAX_LENGTH;
	}

	void add(PendingText text, String separator) {
		this.length += (this.pending.isEmpty() ? 0 : separator.length()) + text.message().body().length();
		this.pending.add(text);
	}

	int size() {
		return this.pending.size();
	}

	boolean isEmpty() {
		return this.pending.isEmpty();
	}

	/**
	 * Closes the window: returns its texts, cancels its timer and starts an empty one.
	 */
	List<PendingText> drain() {
		List<PendingText> batch = List.copyOf(this.pending);
		this.pending.clear();
		this.length = 0;
		if (this.timer != null) {
			this.timer.cancel(false);
			this.timer = null;
		}
		return batch;
	}

}
