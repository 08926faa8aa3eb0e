package io.github.whatsappstarter.support;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;

/**
 * Helpers for the futures of the send pipeline.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class Futures {

	private Futures() {
	}

	/**
	 * Returns the failure a future completed with, without the {@link CompletionException} and
	 * {@link ExecutionException} wrappers that dependent stages and {@code get()} add.
	 * @param failure the failure as seen by a callback or a {@code get()} caller
	 * @return the original failure, or {@code null} for none
	 */
	public static @Nullable Throwable unwrap(@Nullable Throwable failure) {
		Throwable current = failure;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

}
