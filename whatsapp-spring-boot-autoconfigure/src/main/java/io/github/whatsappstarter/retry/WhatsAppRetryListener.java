package io.github.whatsappstarter.retry;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Callback interface for beans that want to observe retries, e.g. to count them as metrics.
 * Called just before a send backs off, on the thread that saw the failure (a pipeline thread for the
 * template's sends); must be quick and must not throw.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@FunctionalInterface
public interface WhatsAppRetryListener {

	/**
	 * Called before a retry.
	 * @param phoneNumberId the sending phone number id, or {@code null} outside the template
	 * @param retryClass why the attempt is retried
	 * @param failedAttempts how many attempts failed so far
	 * @param failure the last failure
	 * @param backoff how long the sender now waits
	 */
	void onRetry(@Nullable String phoneNumberId, RetryClass retryClass, int failedAttempts, Throwable failure,
			Duration backoff);

}
