package io.github.whatsappstarter.bundling;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TextMessage;
import io.github.whatsappstarter.support.Futures;
import org.jspecify.annotations.Nullable;

/**
 * A text waiting in a bundle, with the future its caller waits on.
 */
record PendingText(TextMessage message, CompletableFuture<SendResult> result) {

	/**
	 * Gives every text of a sent bundle the merged message's result marked with the bundle size,
	 * or the same failure.
	 */
	static void completeAll(List<PendingText> batch, @Nullable SendResult result, @Nullable Throwable failure) {
		Throwable cause = Futures.unwrap(failure);
		for (PendingText pending : batch) {
			if (cause != null || result == null) {
				pending.result().completeExceptionally((cause != null) ? cause : new IllegalStateException("No result"));
			}
			else {
				pending.result().complete(result.withBundledCount(batch.size()));
			}
		}
	}

}
