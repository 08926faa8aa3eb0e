package io.github.whatsappstarter.webhook;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Publishes parsed webhook events, synchronously and in payload order, after dropping duplicates:
 * inbound messages by message id, statuses by (message id, status); value-level errors carry no id
 * and are always published. A status older in the
 * sent-delivered-read-played progression than one already seen for the same message is published
 * with {@link WhatsAppStatusEvent#outOfOrder()} set. Failed statuses also go to every
 * {@link FailedStatusHandler}. A failing listener, handler or deduplicator is logged and never
 * fails the delivery.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookEventDispatcher {

	private static final Log logger = LogFactory.getLog(WebhookEventDispatcher.class);

	private final ApplicationEventPublisher publisher;

	private final WebhookDeduplicator deduplicator;

	private final List<FailedStatusHandler> failedStatusHandlers;

	/**
	 * Creates a dispatcher.
	 * @param publisher where events go
	 * @param deduplicator the store of seen keys
	 * @param failedStatusHandlers the handlers of failed statuses, in call order
	 */
	public WebhookEventDispatcher(ApplicationEventPublisher publisher, WebhookDeduplicator deduplicator,
			List<FailedStatusHandler> failedStatusHandlers) {
		Assert.notNull(publisher, "publisher must not be null");
		Assert.notNull(deduplicator, "deduplicator must not be null");
		this.publisher = publisher;
		this.deduplicator = deduplicator;
		this.failedStatusHandlers = List.copyOf(failedStatusHandlers);
	}

	/**
	 * Publishes the new events among the given ones.
	 * @param events the parsed events
	 * @return the number of events published
	 */
	public int dispatch(List<WhatsAppWebhookEvent> events) {
		int published = 0;
		for (WhatsAppWebhookEvent event : events) {
			WhatsAppWebhookEvent toPublish = (event instanceof WhatsAppStatusEvent status) ? order(status) : event;
			if (isNew(toPublish)) {
				publish(toPublish);
				published++;
			}
		}
		return published;
	}

	private WhatsAppStatusEvent order(WhatsAppStatusEvent status) {
		int progress = status.status().progress();
		if (progress == 0) {
			return status;
		}
		for (MessageStatus later : MessageStatus.values()) {
			if (later.progress() > progress && safely(() -> this.deduplicator.isSeen(statusKey(status, later)), false)) {
				return status.markOutOfOrder();
			}
		}
		return status;
	}

	private boolean isNew(WhatsAppWebhookEvent event) {
		String key;
		if (event instanceof WhatsAppInboundMessageEvent inbound) {
			key = "message:" + inbound.id();
		}
		else if (event instanceof WhatsAppStatusEvent status) {
			key = statusKey(status, status.status());
		}
		else {
			return true;
		}
		return safely(() -> this.deduplicator.markSeen(key), true);
	}

	private static String statusKey(WhatsAppStatusEvent event, MessageStatus status) {
		String name = (status != MessageStatus.UNKNOWN) ? status.name()
				: String.valueOf(JsonFields.optionalText(event.raw(), "status"));
		return "status:" + event.messageId() + ":" + name.toLowerCase(Locale.ROOT);
	}

	private void publish(WhatsAppWebhookEvent event) {
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.error("A listener failed on " + event.getClass().getSimpleName() + "; the update is not redelivered",
					ex);
		}
		if (event instanceof WhatsAppStatusEvent status && status.status() == MessageStatus.FAILED) {
			for (FailedStatusHandler handler : this.failedStatusHandlers) {
				try {
					handler.onFailedStatus(status);
				}
				catch (RuntimeException ex) {
					logger.error("FailedStatusHandler " + handler.getClass().getName() + " failed", ex);
				}
			}
		}
	}

	private static boolean safely(BooleanSupplier check, boolean fallback) {
		try {
			return check.getAsBoolean();
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook deduplicator failed; treating the update as new (a duplicate may be published)", ex);
			return fallback;
		}
	}

}
