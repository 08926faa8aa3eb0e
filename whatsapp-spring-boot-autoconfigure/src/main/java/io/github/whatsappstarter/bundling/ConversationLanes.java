package io.github.whatsappstarter.bundling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.whatsappstarter.message.SendResult;
import org.jspecify.annotations.Nullable;

/**
 * Per-recipient ordering: one {@link RecipientLane} per conversation, each send to a conversation
 * starting only after the previous one to it has completed; a lane with no open bundle and no
 * send in flight is dropped. Its monitor is the bundler's lock: callers that combine several
 * steps synchronize on this object.
 */
final class ConversationLanes {

	private final Map<BundleKey, RecipientLane> lanes = new HashMap<>();

	private final Executor executor;

	/**
	 * @param executor where chained sends start
	 */
	ConversationLanes(Executor executor) {
		this.executor = executor;
	}

	synchronized RecipientLane lane(String phoneNumberId, String recipient) {
		return this.lanes.computeIfAbsent(new BundleKey(phoneNumberId, recipient), RecipientLane::new);
	}

	synchronized @Nullable RecipientLane find(BundleKey key) {
		return this.lanes.get(key);
	}

	synchronized List<RecipientLane> all() {
		return List.copyOf(this.lanes.values());
	}

	synchronized int pendingTexts() {
		return this.lanes.values().stream().mapToInt((lane) -> lane.bundle.size()).sum();
	}

	/**
	 * Starts a send on the executor once the lane's earlier sends have completed, whatever their
	 * outcome; the send becomes the lane's last.
	 */
	synchronized CompletableFuture<SendResult> chain(RecipientLane lane,
			Supplier<CompletableFuture<SendResult>> send) {
		CompletableFuture<SendResult> sent = lane.tail.handle((result, failure) -> null)
			.thenComposeAsync((ignored) -> send.get(), this.executor);
		lane.tail = sent;
		sent.whenComplete((result, failure) -> release(lane));
		return sent;
	}

	/**
	 * Runs a send on the calling thread once the conversation's earlier sends have completed.
	 * @param before runs first, under the lock, e.g. to flush the open bundle so it goes out first
	 */
	<T> T runInOrder(String phoneNumberId, String recipient, Consumer<RecipientLane> before, Supplier<T> send) {
		CompletableFuture<Void> mine = new CompletableFuture<>();
		CompletableFuture<?> previous;
		RecipientLane lane;
		synchronized (this) {
			lane = lane(phoneNumberId, recipient);
			before.accept(lane);
			previous = lane.tail;
			lane.tail = mine;
		}
		try {
			previous.handle((result, failure) -> null).join();
			return send.get();
		}
		finally {
			mine.complete(null);
			release(lane);
		}
	}

	private synchronized void release(RecipientLane lane) {
		if (lane.idle() && this.lanes.get(lane.key) == lane) {
			this.lanes.remove(lane.key);
		}
	}

}
