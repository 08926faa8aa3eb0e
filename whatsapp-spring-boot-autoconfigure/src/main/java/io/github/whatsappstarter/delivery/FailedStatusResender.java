package io.github.whatsappstarter.delivery;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.whatsappstarter.client.WhatsAppMessageFailedEvent;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.GraphError;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppTransportException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.support.Futures;
import io.github.whatsappstarter.webhook.FailedStatusHandler;
import io.github.whatsappstarter.webhook.WhatsAppStatusEvent;
import io.github.whatsappstarter.webhook.WhatsAppWebhookError;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Acts on messages that Meta reports as failed by status webhook. When the error is retryable
 * (131056, 130429, 131000, ...) and the message is still in the {@link SentMessageStore}, it tells
 * the rate limiter (a 131056 drains the pair's budget cluster-wide) and sends the remembered
 * message again, exactly as it went out (a bundled message with all its merged texts), through
 * {@link WhatsAppOperations#sendAsync(String, WhatsAppMessage, Instant)}: re-sends run
 * concurrently in the template's non-blocking pipeline, so the limiter and retry policy apply, and
 * with a deadline (when the message would leave the store) so that bundling never merges them
 * again. Otherwise, or after {@code maxResends}, it publishes a {@link WhatsAppMessageFailedEvent};
 * a re-send that fails, also because the node shuts down before it ran, ends in one too (the
 * template's, or this class's when the template could not be reached).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class FailedStatusResender implements FailedStatusHandler {

	private static final Log logger = LogFactory.getLog(FailedStatusResender.class);

	private final Supplier<WhatsAppOperations> operations;

	private final SentMessageStore store;

	private final WhatsAppRateLimiter rateLimiter;

	private final ApplicationEventPublisher publisher;

	private final int maxResends;

	private final WhatsAppErrorTranslator translator;

	/**
	 * Creates a resender.
	 * @param operations supplies the operations to send through (resolved lazily)
	 * @param store the store of sent messages
	 * @param rateLimiter the limiter to tell about throttling reported by webhook
	 * @param publisher where failure events go
	 * @param maxResends how often one message is sent again at most
	 */
	public FailedStatusResender(Supplier<WhatsAppOperations> operations, SentMessageStore store,
			WhatsAppRateLimiter rateLimiter, ApplicationEventPublisher publisher, int maxResends) {
		this(operations, store, rateLimiter, publisher, maxResends, new WhatsAppErrorTranslator());
	}

	/**
	 * Creates a resender that types the errors of failed statuses with the given translator (the
	 * same one the sends use).
	 * @param operations supplies the operations to send through (resolved lazily)
	 * @param store the store of sent messages
	 * @param rateLimiter the limiter to tell about throttling reported by webhook
	 * @param publisher where failure events go
	 * @param maxResends how often one message is sent again at most
	 * @param translator the error translator
	 * @since 0.2.0
	 */
	public FailedStatusResender(Supplier<WhatsAppOperations> operations, SentMessageStore store,
			WhatsAppRateLimiter rateLimiter, ApplicationEventPublisher publisher, int maxResends,
			WhatsAppErrorTranslator translator) {
		Assert.notNull(operations, "operations must not be null");
		Assert.notNull(store, "store must not be null");
		this.operations = operations;
		this.store = store;
		this.rateLimiter = rateLimiter;
		this.publisher = publisher;
		this.maxResends = maxResends;
		this.translator = translator;
	}

	@Override
	public void onFailedStatus(WhatsAppStatusEvent event) {
		SentMessageStore.SentMessage sent = this.store.take(event.messageId());
		if (sent == null) {
			logger.debug("Failed status for a message this node does not remember: " + event.messageId());
			return;
		}
		WhatsAppException failure = toException(event, sent);
		if (event.retryable() && sent.resends() < this.maxResends) {
			this.rateLimiter.onRejected(sent.phoneNumberId(), sent.message().recipientKey(), failure);
			resend(event.messageId(), sent);
		}
		else {
			this.publisher.publishEvent(new WhatsAppMessageFailedEvent(this, sent.phoneNumberId(), sent.message(),
					failure));
		}
	}

	private void resend(String failedMessageId, SentMessageStore.SentMessage sent) {
		CompletableFuture<SendResult> resent;
		try {
			resent = this.operations.get().sendAsync(sent.phoneNumberId(), sent.message(), sent.expiresAt());
		}
		catch (RuntimeException ex) {
			resent = CompletableFuture.failedFuture(ex);
		}
		resent.whenComplete((result, failure) -> {
			if (failure == null) {
				this.store.remember(result.messageId(), sent.phoneNumberId(), sent.message(), sent.resends() + 1);
				logger.info("Re-sent message " + failedMessageId + " as " + result.messageId() + " to "
						+ WhatsAppException.mask(sent.message().to()));
			}
			else {
				failed(failedMessageId, sent, Futures.unwrap(failure));
			}
		});
	}

	private void failed(String failedMessageId, SentMessageStore.SentMessage sent, Throwable failure) {
		if (failure instanceof WhatsAppException ex) {
			// the template's listeners have already published the failure event
			logger.warn("Re-sending message " + failedMessageId + " failed: " + ex.getMessage());
			return;
		}
		// no template reached (e.g. shutting down): report the message here so it is not lost silently
		logger.warn("Could not re-send message " + failedMessageId + ": " + failure);
		this.publisher.publishEvent(new WhatsAppMessageFailedEvent(this, sent.phoneNumberId(), sent.message(),
				new WhatsAppTransportException("Could not re-send message " + failedMessageId + ": " + failure, null,
						0, sent.message().to(), failure)));
	}

	private WhatsAppException toException(WhatsAppStatusEvent event, SentMessageStore.SentMessage sent) {
		if (event.errors().isEmpty()) {
			// Meta said nothing about the cause: not an authentication failure (code 0 would read as one)
			return new WhatsAppClientException("Meta reported message " + event.messageId()
					+ " as failed without an errors array (recipient " + WhatsAppException.mask(sent.message().to())
					+ ")", null, 0, sent.message().to(), null);
		}
		WhatsAppWebhookError error = event.errors().get(0);
		GraphError graphError = new GraphError(error.code(), null, null,
				(error.message() != null) ? error.message() : error.title(), error.details(), null);
		return this.translator.translate(graphError, 0, sent.message().to());
	}

}
