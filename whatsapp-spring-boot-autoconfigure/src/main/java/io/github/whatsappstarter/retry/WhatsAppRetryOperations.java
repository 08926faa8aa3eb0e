package io.github.whatsappstarter.retry;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.DaemonThreads;
import org.jspecify.annotations.Nullable;

/**
 * Runs a send attempt under the starter's retry policy. {@code WhatsAppTemplate} runs every send,
 * blocking or not, through {@link #executeAsync}, outside the rate limiter, so each retried HTTP
 * attempt acquires a fresh permit. {@link #execute} is the blocking form for user code (for example
 * behind {@code @Retryable}). Keeps the retry library (Spring Retry today) behind the project's own
 * type.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@FunctionalInterface
public interface WhatsAppRetryOperations {

	/**
	 * Runs {@code attempt}, retrying it as the policy for the thrown exception allows.
	 * @param <T> the result type
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message being sent
	 * @param attempt one attempt: acquire a permit, send, translate
	 * @return the result of the first successful attempt
	 * @since 0.1.0
	 */
	<T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt);

	/**
	 * Runs {@code attempt} without blocking, retrying it as the policy allows; backoffs are
	 * scheduled on {@code scheduler}, so no thread waits. This is what the template's send
	 * pipeline calls for every send. The default follows {@link #getPolicy()} and tells
	 * {@link #getListeners()}; operations that expose no policy have their blocking
	 * {@link #execute} run on a thread of its own per send (implement this method to avoid that).
	 * @param <T> the result type
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message being sent
	 * @param attempt starts one attempt: acquire a permit, send, translate
	 * @param scheduler where backoffs wait
	 * @return a future completing with the result of the first successful attempt, or
	 * exceptionally with the last failure (or {@link WhatsAppRetryExhaustedException})
	 * @since 0.2.0
	 */
	default <T> CompletableFuture<T> executeAsync(String phoneNumberId, WhatsAppMessage message,
			Supplier<CompletableFuture<T>> attempt, ScheduledExecutorService scheduler) {
		WhatsAppRetryPolicy policy = getPolicy();
		if (policy != null) {
			return AsyncRetryLoop.run(policy, getListeners(), phoneNumberId, attempt, scheduler);
		}
		Executor threadPerSend = (task) -> DaemonThreads.named("whatsapp-retry-" + phoneNumberId).newThread(task).start();
		return CompletableFuture.supplyAsync(
				() -> execute(phoneNumberId, message, () -> AsyncRetryLoop.join(attempt.get())), threadPerSend);
	}

	/**
	 * Returns the policy these operations follow, so that asynchronous sends, which retry on a
	 * scheduler instead of a sleeping thread, can follow the same one.
	 * @return the policy, or {@code null} when these operations do not expose one
	 * @since 0.1.0
	 */
	default @Nullable WhatsAppRetryPolicy getPolicy() {
		return null;
	}

	/**
	 * Returns the listeners these operations tell about each retry, for asynchronous sends.
	 * @return the listeners
	 * @since 0.1.0
	 */
	default List<WhatsAppRetryListener> getListeners() {
		return List.of();
	}

	/**
	 * Retry operations that run the attempt exactly once.
	 * @return operations without retries
	 * @since 0.1.0
	 */
	static WhatsAppRetryOperations none() {
		return new WhatsAppRetryOperations() {

			@Override
			public <T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt) {
				return attempt.get();
			}

			@Override
			public <T> CompletableFuture<T> executeAsync(String phoneNumberId, WhatsAppMessage message,
					Supplier<CompletableFuture<T>> attempt, ScheduledExecutorService scheduler) {
				try {
					return attempt.get();
				}
				catch (RuntimeException ex) {
					return CompletableFuture.failedFuture(ex);
				}
			}

		};
	}

}
