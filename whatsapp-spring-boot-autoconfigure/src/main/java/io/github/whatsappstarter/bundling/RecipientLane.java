package io.github.whatsappstarter.bundling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MessageLimits;
import io.github.whatsappstarter.message.TextMessage;
import org.jspecify.annotations.Nullable;

/**
 * The state of one conversation in a {@link MessageBundler}: the texts of the open bundle and the
 * completion of the last send, after which the next one may start. Guarded by the bundler's lock.
 */
final class RecipientLane {

	final BundleKey key;

	final List<PendingText> pending = new ArrayList<>();

	@Nullable WhatsAppOperations target;

	@Nullable ScheduledFuture<?> timer;

	CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

	private int length;

	RecipientLane(BundleKey key) {
		this.key = key;
	}

	boolean fits(TextMessage text, String separator) {
		return this.pending.isEmpty()
				|| this.length + separator.length() + text.body().length() <= MessageLimits.TEXT_BODY_MAX_LENGTH;
	}

	void add(PendingText text, String separator) {
		this.length += (this.pending.isEmpty() ? 0 : separator.length()) + text.message().body().length();
		this.pending.add(text);
	}

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

	boolean idle() {
		return this.pending.isEmpty() && this.tail.isDone();
	}

}
