package io.github.whatsappstarter.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TemplateMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * The default {@link WhatsAppOperations}. Each send runs the pipeline: retry (outer) → rate limiter
 * (every attempt) → HTTP transport → error translation. When Meta still answers 131056 or 130429,
 * the limiter is told, so the whole cluster backs off that pair or number. Messages are validated
 * when they are built, so nothing invalid reaches this class. Thread-safe.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppTemplate implements WhatsAppOperations {

	private static final Log logger = LogFactory.getLog(WhatsAppTemplate.class);

	private final CloudApiClient client;

	private final String phoneNumberId;

	private final WhatsAppRateLimiter rateLimiter;

	private final WhatsAppRetryOperations retryOperations;

	private final MessagingLimitGuard messagingLimitGuard;

	private final List<WhatsAppSendListener> listeners;

	private WhatsAppTemplate(Builder builder) {
		this.client = builder.client;
		this.phoneNumberId = builder.phoneNumberId;
		this.rateLimiter = builder.rateLimiter;
		this.retryOperations = builder.retryOperations;
		this.messagingLimitGuard = builder.messagingLimitGuard;
		this.listeners = List.copyOf(builder.listeners);
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
			if (message instanceof TemplateMessage) {
				// business-initiated: counts against the portfolio's unique recipients per 24 h
				this.messagingLimitGuard.checkAndRecord(phoneNumberId, message.recipientKey());
			}
			SendResult result = this.retryOperations.execute(phoneNumberId, message,
					() -> attempt(phoneNumberId, message));
			Duration duration = Duration.ofNanos(System.nanoTime() - start);
			this.listeners.forEach((listener) -> notify(() -> listener.onSent(phoneNumberId, message, result, duration)));
			return result;
		}
		catch (WhatsAppException ex) {
			Duration duration = Duration.ofNanos(System.nanoTime() - start);
			this.listeners.forEach((listener) -> notify(() -> listener.onFailed(phoneNumberId, message, ex, duration)));
			throw ex;
		}
	}

	private SendResult attempt(String phoneNumberId, WhatsAppMessage message) {
		this.rateLimiter.acquire(phoneNumberId, message.recipientKey());
		try {
			return this.client.send(phoneNumberId, message);
		}
		catch (PairRateLimitException ex) {
			this.rateLimiter.onPairRateLimited(phoneNumberId, message.recipientKey());
			throw ex;
		}
		catch (ThroughputLimitException ex) {
			this.rateLimiter.onThroughputLimited(phoneNumberId);
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

	private static void notify(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A WhatsAppSendListener failed; the send result is unaffected", ex);
		}
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
		 * Builds the template.
		 * @return the template
		 */
		public WhatsAppTemplate build() {
			return new WhatsAppTemplate(this);
		}

	}

}
