package io.github.whatsappstarter.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TemplateMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The default {@link WhatsAppOperations}. Each send runs the pipeline: retry (outer) → rate limiter
 * (every attempt) → HTTP transport → error translation. When Meta still answers 131056 or 130429,
 * the limiter is told, so the whole cluster backs off that pair or number. Messages are validated
 * when they are built, so nothing invalid reaches this class. Thread-safe. Asynchronous sends use
 * two small pools created on first use and shut down by {@link #close()}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppTemplate implements WhatsAppOperations, AutoCloseable {

	private final CloudApiClient client;

	private final String phoneNumberId;

	private final WhatsAppRateLimiter rateLimiter;

	private final WhatsAppRetryOperations retryOperations;

	private final MessagingLimitGuard messagingLimitGuard;

	private final SendNotifier notifier;

	private final AsyncSends async;

	private WhatsAppTemplate(Builder builder) {
		this.client = builder.client;
		this.phoneNumberId = builder.phoneNumberId;
		this.rateLimiter = builder.rateLimiter;
		this.retryOperations = builder.retryOperations;
		this.messagingLimitGuard = builder.messagingLimitGuard;
		this.notifier = new SendNotifier(builder.listeners);
		WhatsAppRetryPolicy syncPolicy = this.retryOperations.getPolicy();
		WhatsAppRetryPolicy asyncPolicy = (builder.asyncRetryPolicy != null) ? builder.asyncRetryPolicy
				: (syncPolicy != null) ? syncPolicy : WhatsAppRetryPolicy.defaults().withMaxAttempts(1);
		this.async = new AsyncSends(this.client, this.rateLimiter, asyncPolicy, this.retryOperations.getListeners(),
				this.notifier, builder.asyncConcurrency);
	}

	/**
	 * Starts a builder.
	 * @param client the HTTP transport
	 * @param phoneNumberId the default business phone number id
	 * @return a builder
	 */
	public static Builder builder(CloudApiClient client, String phoneNumberId) {
		return new Builder(client, phoneNumberId);
	}

	@Override
	public SendResult send(String phoneNumberId, WhatsAppMessage message) {
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		Assert.notNull(message, "message must not be null");
		long start = System.nanoTime();
		try {
			checkMessagingLimit(phoneNumberId, message);
			SendResult result = this.retryOperations.execute(phoneNumberId, message,
					() -> attempt(phoneNumberId, message));
			this.notifier.sent(phoneNumberId, message, result, Duration.ofNanos(System.nanoTime() - start));
			return result;
		}
		catch (RuntimeException ex) {
			// anything unexpected (an interrupted back-off, a grid error in the guard) still ends typed and reported
			WhatsAppException failure = WhatsAppTransportException.typed(ex, message.to());
			this.notifier.failed(phoneNumberId, message, failure, Duration.ofNanos(System.nanoTime() - start));
			throw failure;
		}
	}

	@Override
	public CompletableFuture<SendResult> sendAsync(String phoneNumberId, WhatsAppMessage message,
			@Nullable Instant deadline) {
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		Assert.notNull(message, "message must not be null");
		try {
			checkMessagingLimit(phoneNumberId, message);
			return this.async.send(phoneNumberId, message, deadline);
		}
		catch (RuntimeException ex) {
			WhatsAppException failure = WhatsAppTransportException.typed(ex, message.to());
			this.notifier.failed(phoneNumberId, message, failure, Duration.ZERO);
			return CompletableFuture.failedFuture(failure);
		}
	}

	private void checkMessagingLimit(String phoneNumberId, WhatsAppMessage message) {
		if (message instanceof TemplateMessage) {
			// business-initiated: counts against the unique recipients per rolling 24 h
			this.messagingLimitGuard.checkAndRecord(phoneNumberId, message.recipientKey());
		}
	}

	/**
	 * Fails asynchronous sends still waiting and shuts their pools down; synchronous sends are
	 * unaffected. Called by the application context on shutdown.
	 */
	@Override
	public void close() {
		this.async.close();
	}

	private SendResult attempt(String phoneNumberId, WhatsAppMessage message) {
		this.rateLimiter.acquire(phoneNumberId, message.recipientKey());
		try {
			return this.client.send(phoneNumberId, message);
		}
		catch (WhatsAppException ex) {
			this.rateLimiter.onRejected(phoneNumberId, message.recipientKey(), ex);
			throw ex;
		}
	}

	@Override
	public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		Assert.notNull(markAsRead, "markAsRead must not be null");
		this.client.markAsRead(phoneNumberId, markAsRead);
	}

	@Override
	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	@Override
	public String toString() {
		return "WhatsAppTemplate from " + this.phoneNumberId;
	}

	/**
	 * Builder for {@link WhatsAppTemplate}; {@code WhatsAppTemplateCustomizer} beans receive it.
	 */
	public static final class Builder {

		private final CloudApiClient client;

		private final String phoneNumberId;

		private WhatsAppRateLimiter rateLimiter = WhatsAppRateLimiter.unlimited();

		private WhatsAppRetryOperations retryOperations = WhatsAppRetryOperations.none();

		private MessagingLimitGuard messagingLimitGuard = MessagingLimitGuard.disabled();

		private final List<WhatsAppSendListener> listeners = new ArrayList<>();

		private @Nullable WhatsAppRetryPolicy asyncRetryPolicy;

		private int asyncConcurrency = 8;

		private Builder(CloudApiClient client, String phoneNumberId) {
			Assert.notNull(client, "client must not be null");
			Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
			this.client = client;
			this.phoneNumberId = phoneNumberId;
		}

		/**
		 * Sets the rate limiter every attempt goes through (default: unlimited).
		 * @param rateLimiter the limiter
		 * @return this builder
		 */
		public Builder rateLimiter(WhatsAppRateLimiter rateLimiter) {
			Assert.notNull(rateLimiter, "rateLimiter must not be null");
			this.rateLimiter = rateLimiter;
			return this;
		}

		/**
		 * Sets the retry operations wrapped around each send (default: no retry).
		 * @param retryOperations the retry operations
		 * @return this builder
		 */
		public Builder retryOperations(WhatsAppRetryOperations retryOperations) {
			Assert.notNull(retryOperations, "retryOperations must not be null");
			this.retryOperations = retryOperations;
			return this;
		}

		/**
		 * Wraps the retry operations set so far, e.g. in an observation, keeping whatever a
		 * customizer configured before.
		 * @param decorator returns the wrapped operations
		 * @return this builder
		 */
		public Builder decorateRetryOperations(UnaryOperator<WhatsAppRetryOperations> decorator) {
			return retryOperations(decorator.apply(this.retryOperations));
		}

		/**
		 * Sets the guard that counts unique recipients of template messages against the
		 * messaging-limit tier (default: disabled).
		 * @param messagingLimitGuard the guard
		 * @return this builder
		 */
		public Builder messagingLimitGuard(MessagingLimitGuard messagingLimitGuard) {
			Assert.notNull(messagingLimitGuard, "messagingLimitGuard must not be null");
			this.messagingLimitGuard = messagingLimitGuard;
			return this;
		}

		/**
		 * Adds a send listener.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(WhatsAppSendListener listener) {
			Assert.notNull(listener, "listener must not be null");
			this.listeners.add(listener);
			return this;
		}

		/**
		 * Sets the retry policy of asynchronous sends (default: the policy of
		 * {@link SpringRetryOperations} when those are the retry operations, else no retries).
		 * @param policy the policy
		 * @return this builder
		 */
		public Builder asyncRetryPolicy(WhatsAppRetryPolicy policy) {
			Assert.notNull(policy, "policy must not be null");
			this.asyncRetryPolicy = policy;
			return this;
		}

		/**
		 * Sets how many HTTP calls asynchronous sends make at once (default 8); waiting for permits
		 * and backoffs uses no thread.
		 * @param concurrency the size of the pool for asynchronous HTTP calls
		 * @return this builder
		 */
		public Builder asyncConcurrency(int concurrency) {
			Assert.isTrue(concurrency > 0, "concurrency must be positive");
			this.asyncConcurrency = concurrency;
			return this;
		}

		/**
		 * Builds the template.
		 * @return the template
		 */
		public WhatsAppTemplate build() {
			return new WhatsAppTemplate(this);
		}

	}

}
