package io.github.whatsappstarter.retry;

import java.util.List;
import java.util.function.Supplier;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;

import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryOperations;
import org.springframework.retry.backoff.Sleeper;
import org.springframework.retry.backoff.ThreadWaitSleeper;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.util.Assert;

/**
 * {@link WhatsAppRetryOperations} on Spring Retry: a {@link RetryTemplate} whose retry and backoff
 * policies follow a {@link WhatsAppRetryPolicy}. The same {@link RetryOperations} backs the
 * {@code whatsAppRetryInterceptor} bean for {@code @Retryable(interceptor = ...)} on user methods.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class SpringRetryOperations implements WhatsAppRetryOperations {

	static final String PHONE_NUMBER_ID = "whatsapp.phoneNumberId";

	private final WhatsAppRetryPolicy policy;

	private final Sleeper sleeper;

	private final List<WhatsAppRetryListener> listeners;

	private final RetryTemplate retryTemplate;

	/**
	 * Creates retry operations that sleep on the calling thread.
	 * @param policy the policy
	 * @param listeners listeners told about each retry
	 */
	public SpringRetryOperations(WhatsAppRetryPolicy policy, List<WhatsAppRetryListener> listeners) {
		this(policy, new ThreadWaitSleeper(), listeners);
	}

	/**
	 * Creates retry operations.
	 * @param policy the policy
	 * @param sleeper how to wait between attempts
	 * @param listeners listeners told about each retry
	 */
	public SpringRetryOperations(WhatsAppRetryPolicy policy, Sleeper sleeper, List<WhatsAppRetryListener> listeners) {
		Assert.notNull(policy, "policy must not be null");
		Assert.notNull(sleeper, "sleeper must not be null");
		this.policy = policy;
		this.sleeper = sleeper;
		this.listeners = List.copyOf(listeners);
		this.retryTemplate = new RetryTemplate();
		this.retryTemplate.setRetryPolicy(new ClassifyingRetryPolicy(policy));
		this.retryTemplate.setBackOffPolicy(new ClassifyingBackOffPolicy(policy, sleeper, this.listeners));
		this.retryTemplate.setThrowLastExceptionOnExhausted(true);
	}

	@Override
	public <T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt) {
		return this.retryTemplate.execute((context) -> {
			context.setAttribute(PHONE_NUMBER_ID, phoneNumberId);
			return attempt.get();
		}, this::recover);
	}

	private <T> T recover(RetryContext context) {
		Throwable last = context.getLastThrowable();
		if (last instanceof WhatsAppException failure && !this.policy.rethrowsAsIs(last)) {
			throw new WhatsAppRetryExhaustedException(context.getRetryCount(), failure);
		}
		if (last instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (last instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(last);
	}

	/**
	 * Returns the policy these operations follow.
	 * @return the policy
	 */
	@Override
	public WhatsAppRetryPolicy getPolicy() {
		return this.policy;
	}

	/**
	 * Returns the listeners told about each retry, for asynchronous sends that retry on a
	 * scheduler with the same policy.
	 * @return the listeners
	 */
	@Override
	public List<WhatsAppRetryListener> getListeners() {
		return this.listeners;
	}

	/**
	 * Returns retry operations with another policy and the same sleeper and listeners, for a
	 * per-call override.
	 * @param policy the policy
	 * @return new retry operations
	 */
	public SpringRetryOperations withPolicy(WhatsAppRetryPolicy policy) {
		return new SpringRetryOperations(policy, this.sleeper, this.listeners);
	}

	/**
	 * Returns the underlying Spring Retry operations, e.g. to build a
	 * {@code RetryOperationsInterceptor}.
	 * @return the retry operations
	 */
	public RetryOperations getRetryOperations() {
		return this.retryTemplate;
	}

}
