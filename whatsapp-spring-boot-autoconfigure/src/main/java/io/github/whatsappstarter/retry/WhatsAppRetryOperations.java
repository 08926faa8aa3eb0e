package io.github.whatsappstarter.retry;

import java.util.List;
import java.util.function.Supplier;

import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

/**
 * Runs a send attempt under the starter's retry policy. {@code WhatsAppTemplate} wraps every send
 * in it, outside the rate limiter, so each retried HTTP attempt acquires a fresh permit. Keeps the
 * retry library (Spring Retry today) behind the project's own type.
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

		};
	}

}
