package io.github.whatsappstarter.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.management.blocking.BlockingOperations;
import io.github.whatsappstarter.management.phone.BusinessPhoneNumberOperations;
import io.github.whatsappstarter.management.profile.BusinessProfileOperations;
import io.github.whatsappstarter.management.template.MessageTemplateOperations;
import io.github.whatsappstarter.media.MediaClient;
import io.github.whatsappstarter.media.MediaTemplate;
import io.github.whatsappstarter.media.WhatsAppMediaOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TemplateMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.core.task.TaskDecorator;
import org.springframework.util.Assert;

/**
 * The default {@link WhatsAppOperations}. Every send, blocking or not, runs one pipeline: retry
 * (outer) → pair slot → in-flight permit → throughput slot → HTTP transport → error translation.
 * The throughput slot is taken only once the request can be written at that moment, so the slot is
 * what Meta sees: a send that finds the transport saturated waits before its slot, never after it,
 * and no burst follows when latency drops. When Meta still answers 131056 or 130429, the limiter is
 * told, so the whole cluster backs off that pair or number. Messages are validated when they are
 * built, so nothing invalid reaches this class. Thread-safe; {@link #close()} stops its threads.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppTemplate implements WhatsAppOperations, AutoCloseable {

	/** The default of {@link Builder#maxInFlight(int)}: 1,000 msg/s at 1 s latency (Little's law). */
	public static final int DEFAULT_MAX_IN_FLIGHT = 1000;

	private final CloudApiClient client;

	private final String phoneNumberId;

	private final @Nullable String businessAccountId;

	private final MessagingLimitGuard messagingLimitGuard;

	private final SendNotifier notifier;

	private final SendPipeline pipeline;

	private final @Nullable MediaTemplate media;

	private WhatsAppTemplate(Builder builder) {
		this.client = builder.client;
		this.phoneNumberId = builder.phoneNumberId;
		this.businessAccountId = builder.businessAccountId;
		this.messagingLimitGuard = builder.messagingLimitGuard;
		this.notifier = new SendNotifier(builder.listeners);
		this.pipeline = new SendPipeline(this.client, builder.rateLimiter, builder.retryOperations, this.notifier,
				builder.taskDecorator, builder.maxInFlight, builder.virtualThreads);
		this.media = (builder.mediaClient != null)
				? new MediaTemplate(builder.mediaClient, this.phoneNumberId, this::send, builder.retryOperations.getPolicy())
				: null;
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
		return SendPipeline.await(sendAsync(phoneNumberId, message, null), message);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The returned {@link WhatsAppSendFuture} can withdraw the message until its request is
	 * written: {@link WhatsAppSendFuture#withdraw()}, {@code cancel} or an early completion such as
	 * {@code orTimeout} stop it, and the listeners see a {@link WhatsAppSendCancelledException}.
	 * Once the request is written, the message's outcome still reaches the listeners whatever
	 * happened to the future.
	 */
	@Override
	public WhatsAppSendFuture sendAsync(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline) {
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		Assert.notNull(message, "message must not be null");
		boolean counted;
		try {
			counted = countAgainstMessagingLimit(phoneNumberId, message);
		}
		catch (RuntimeException ex) {
			WhatsAppException refused = WhatsAppErrorTranslator.typed(ex, message.to());
			this.notifier.failed(phoneNumberId, message, refused, Duration.ZERO);
			WhatsAppSendFuture failed = new WhatsAppSendFuture(() -> {
			});
			failed.fail(refused);
			return failed;
		}
		WhatsAppSendFuture future = this.pipeline.submit(phoneNumberId, message, deadline);
		if (counted) {
			future.whenComplete((result, failure) -> releaseIfNotAccepted(phoneNumberId, message, failure));
		}
		return future;
	}

	/**
	 * Counts a business-initiated (template) message against the unique recipients per rolling
	 * 24 h; returns whether this send counted its recipient.
	 */
	private boolean countAgainstMessagingLimit(String phoneNumberId, WhatsAppMessage message) {
		return (message instanceof TemplateMessage)
				&& this.messagingLimitGuard.checkAndRecord(phoneNumberId, message.recipientKey());
	}

	/**
	 * A recipient counted for a message Meta refused (or that was never sent) is taken back; one
	 * whose outcome is unknown, or whose caller only detached, stays counted.
	 */
	private void releaseIfNotAccepted(String phoneNumberId, WhatsAppMessage message, @Nullable Throwable failure) {
		if (failure instanceof WhatsAppException && !mayHaveBeenAccepted(failure)) {
			try {
				this.messagingLimitGuard.release(phoneNumberId, message.recipientKey());
			}
			catch (RuntimeException ex) {
				// the count stays stricter than needed until the entry expires
			}
		}
	}

	private static boolean mayHaveBeenAccepted(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof WhatsAppOutcomeUnknownException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns how many requests are between their throughput slot and the Cloud API's answer.
	 * @return the requests in flight
	 * @since 0.2.0
	 */
	public int getInFlight() {
		return this.pipeline.inFlight();
	}

	/**
	 * Fails sends still waiting (for a slot, a permit or a retry) with
	 * {@link WhatsAppSendCancelledException} and stops the pipeline's threads; requests already
	 * written get a few seconds to be answered. Called by the application context on shutdown.
	 */
	@Override
	public void close() {
		this.pipeline.close();
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

	/**
	 * {@inheritDoc}
	 * <p>
	 * Media calls follow the transient-failure rules of this template's retry policy and take no slot of
	 * its rate limiter.
	 * @throws IllegalStateException if the template was built without {@link Builder#mediaClient}
	 */
	@Override
	public WhatsAppMediaOperations media() {
		if (this.media == null) {
			throw new IllegalStateException("This WhatsAppTemplate has no MediaClient: build it with "
					+ "WhatsAppTemplate.builder(..).mediaClient(MediaClient.builder()...build()) (the auto-configuration does)");
		}
		return this.media;
	}

	@Override
	public MessageTemplateOperations templates() {
		if (this.businessAccountId == null || this.businessAccountId.isBlank()) {
			throw new WhatsAppValidationException("template request", "businessAccountId",
					"is not set; configure whatsapp.business-account-id");
		}
		return MessageTemplateOperations.of(this.client::graph, this.businessAccountId);
	}

	@Override
	public BusinessPhoneNumberOperations phoneNumbers() {
		return BusinessPhoneNumberOperations.of(this.client::graph, this.businessAccountId);
	}

	@Override
	public BusinessProfileOperations profile(String phoneNumberId) {
		return BusinessProfileOperations.of(this.client::graph, phoneNumberId);
	}

	@Override
	public BlockingOperations blocking(String phoneNumberId) {
		return BlockingOperations.of(this.client::graph, phoneNumberId);
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

		private @Nullable String businessAccountId;

		private WhatsAppRateLimiter rateLimiter = WhatsAppRateLimiter.unlimited();

		private WhatsAppRetryOperations retryOperations = WhatsAppRetryOperations.none();

		private MessagingLimitGuard messagingLimitGuard = MessagingLimitGuard.disabled();

		private final List<WhatsAppSendListener> listeners = new ArrayList<>();

		private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;

		private boolean virtualThreads;

		private TaskDecorator taskDecorator = (task) -> task;

		private @Nullable MediaClient mediaClient;

		private Builder(CloudApiClient client, String phoneNumberId) {
			Assert.notNull(client, "client must not be null");
			Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
			this.client = client;
			this.phoneNumberId = phoneNumberId;
		}

		/**
		 * Sets the WhatsApp Business Account id that {@link WhatsAppTemplate#templates()} and
		 * {@link WhatsAppTemplate#phoneNumbers()} manage (default: none).
		 * @param businessAccountId the account id, or {@code null}
		 * @return this builder
		 * @since 0.3.0
		 */
		public Builder businessAccountId(@Nullable String businessAccountId) {
			this.businessAccountId = businessAccountId;
			return this;
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
		 * Sets how many requests may be between their throughput slot and the Cloud API's answer at
		 * once (default {@value WhatsAppTemplate#DEFAULT_MAX_IN_FLIGHT}). By Little's law a number
		 * sends at most {@code maxInFlight ÷ latency} messages per second: 1,000 covers 1,000 msg/s
		 * at 1 s latency. Sends beyond it wait, holding no slot and no thread.
		 * @param maxInFlight the most requests in flight
		 * @return this builder
		 */
		public Builder maxInFlight(int maxInFlight) {
			Assert.isTrue(maxInFlight > 0, "maxInFlight must be positive");
			this.maxInFlight = maxInFlight;
			return this;
		}

		/**
		 * Makes HTTP calls run on virtual threads (Java 21+), so a request in flight costs no
		 * platform thread (default: a cached pool of platform threads).
		 * @param virtualThreads whether to use virtual threads
		 * @return this builder
		 */
		public Builder virtualThreads(boolean virtualThreads) {
			this.virtualThreads = virtualThreads;
			return this;
		}

		/**
		 * Sets a decorator applied to each HTTP call when its attempt starts, e.g. to carry the
		 * current observation over to the thread that makes the call.
		 * @param taskDecorator the decorator
		 * @return this builder
		 */
		public Builder taskDecorator(TaskDecorator taskDecorator) {
			Assert.notNull(taskDecorator, "taskDecorator must not be null");
			this.taskDecorator = taskDecorator;
			return this;
		}

		/**
		 * Sets the transport of the media endpoints, which {@link WhatsAppTemplate#media()} uses (default:
		 * none, so {@code media()} is unavailable).
		 * @param mediaClient the media transport
		 * @return this builder
		 * @since 0.2.0
		 */
		public Builder mediaClient(MediaClient mediaClient) {
			Assert.notNull(mediaClient, "mediaClient must not be null");
			this.mediaClient = mediaClient;
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
