package io.github.whatsappstarter.bundling;

import java.util.concurrent.CompletableFuture;

/**
 * One conversation in a {@link MessageBundler}: its {@link OpenBundle window} and the completion
 * of its last send, after which the next one may start. Guarded by {@link ConversationLanes}.
 */
final class RecipientLane {

	final BundleKey key;

	final OpenBundle bundle = new OpenBundle();

	CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

	RecipientLane(BundleKey key) {
		this.key = key;
	}

	boolean idle() {
		return this.bundle.isEmpty() && this.tail.isDone();
	}

}
