package io.github.whatsappstarter.retry;

import java.time.Duration;
import java.util.List;

import io.github.whatsappstarter.support.Listeners;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.retry.RetryContext;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.backoff.Sleeper;

/**
 * A Spring Retry {@link BackOffPolicy} that waits according to the {@link RetryClass} of the last
 * failure, and tells the retry listeners.
 */
final class ClassifyingBackOffPolicy implements BackOffPolicy {

	private static final Log logger = LogFactory.getLog(ClassifyingBackOffPolicy.class);

	private final WhatsAppRetryPolicy policy;

	private final Sleeper sleeper;

	private final List<WhatsAppRetryListener> listeners;

	ClassifyingBackOffPolicy(WhatsAppRetryPolicy policy, Sleeper sleeper, List<WhatsAppRetryListener> listeners) {
		this.policy = policy;
		this.sleeper = sleeper;
		this.listeners = listeners;
	}

	@Override
	public BackOffContext start(RetryContext context) {
		return new Context(context);
	}

	@Override
	public void backOff(BackOffContext backOffContext) {
		RetryContext context = ((Context) backOffContext).retryContext;
		Throwable failure = context.getLastThrowable();
		RetryClass retryClass = WhatsAppRetryClassifier.classify(failure);
		Duration delay = this.policy.delayFor(failure, context.getRetryCount());
		if (delay == null) {
			delay = Duration.ZERO;
		}
		String phoneNumberId = (String) context.getAttribute(SpringRetryOperations.PHONE_NUMBER_ID);
		Duration wait = delay;
		Listeners.callEach(logger, this.listeners,
				(listener) -> listener.onRetry(phoneNumberId, retryClass, context.getRetryCount(), failure, wait),
				"the retry goes on");
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying after " + retryClass + " in " + delay.toMillis() + " ms (attempt "
					+ context.getRetryCount() + " failed: " + failure + ")");
		}
		try {
			this.sleeper.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackOffInterruptedException("Interrupted while backing off before a retry", ex);
		}
	}

	private record Context(RetryContext retryContext) implements BackOffContext {

	}

}
