package io.github.whatsappstarter.retry;

import java.time.Duration;

import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.context.RetryContextSupport;

/**
 * A Spring Retry {@link RetryPolicy} that retries by {@link RetryClass}, up to the policy's
 * attempts and total time.
 */
final class ClassifyingRetryPolicy implements RetryPolicy {

	private static final String STARTED = "whatsapp.startedNanos";

	private final transient WhatsAppRetryPolicy policy;

	ClassifyingRetryPolicy(WhatsAppRetryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean canRetry(RetryContext context) {
		Throwable last = context.getLastThrowable();
		if (last == null) {
			return true;
		}
		long started = (context.getAttribute(STARTED) instanceof Long nanos) ? nanos : System.nanoTime();
		return this.policy.mayRetry(last, context.getRetryCount(), Duration.ofNanos(System.nanoTime() - started));
	}

	@Override
	public RetryContext open(RetryContext parent) {
		RetryContextSupport context = new RetryContextSupport(parent);
		context.setAttribute(STARTED, System.nanoTime());
		return context;
	}

	@Override
	public void close(RetryContext context) {
	}

	@Override
	public void registerThrowable(RetryContext context, Throwable throwable) {
		((RetryContextSupport) context).registerThrowable(throwable);
	}

	@Override
	public int getMaxAttempts() {
		return this.policy.maxAttempts();
	}

}
