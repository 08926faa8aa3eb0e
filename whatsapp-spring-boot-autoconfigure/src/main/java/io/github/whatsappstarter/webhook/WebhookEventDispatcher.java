package io.github.whatsappstarter.webhook;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Publishes parsed webhook events, synchronously and in payload order, after dropping duplicates:
 * inbound messages by message id, statuses by (message id, status); value-level errors carry no id
 * and are always published. An update is claimed while its listeners run and marked seen only after
 * they, and for a failed status every {@link FailedStatusHandler}, returned; when one throws, the
 * failure is logged once, the claim is released and the remaining updates of the delivery still
 * run, so that a redelivery processes only the updates that did not complete. A status older in the
 * sent-delivered-read-played progression than one already seen for the same message is published
 * with {@link WhatsAppStatusEvent#outOfOrder()} set. A failing deduplicator is logged and the
 * update treated as new.
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
	 * @return how many events were published, and how many did not complete
	 */
	public Result dispatch(List<WhatsAppWebhookEvent> events) {
		int published = 0;
		int failed = 0;
		int inProgress = 0;
		for (WhatsAppWebhookEvent event : events) {
			WhatsAppWebhookEvent toPublish = (event instanceof WhatsAppStatusEvent status) ? order(status) : event;
			String key = key(toPublish);
			WebhookDeduplicator.Claim claim = (key != null) ? claim(key) : WebhookDeduplicator.Claim.NEW;
			if (claim == WebhookDeduplicator.Claim.IN_PROGRESS) {
				logger.info("Update " + key + " is still being processed by another delivery; it is left for Meta "
						+ "to deliver again");
				inProgress++;
			}
			else if (claim == WebhookDeduplicator.Claim.NEW) {
				published++;
				if (!process(toPublish, key)) {
					failed++;
				}
			}
		}
		return new Result(published, failed, inProgress);
	}

	private WhatsAppStatusEvent order(WhatsAppStatusEvent status) {
		int progress = status.status().progress();
		if (progress == 0) {
			return status;
		}
		for (MessageStatus later : MessageStatus.values()) {
			if (later.progress() > progress
					&& safely(() -> this.deduplicator.isSeen(statusKey(status, later)), false)) {
				return status.markOutOfOrder();
			}
		}
		return status;
	}

	private static @Nullable String key(WhatsAppWebhookEvent event) {
		if (event instanceof WhatsAppInboundMessageEvent inbound) {
			return "message:" + inbound.id();
		}
		if (event instanceof WhatsAppStatusEvent status) {
			return statusKey(status, status.status());
		}
		return null;
	}

	private static String statusKey(WhatsAppStatusEvent event, MessageStatus status) {
		String name = (status != MessageStatus.UNKNOWN) ? status.name()
				: String.valueOf(JsonFields.optionalText(event.raw(), "status"));
		return "status:" + event.messageId() + ":" + name.toLowerCase(Locale.ROOT);
	}

	private WebhookDeduplicator.Claim claim(String key) {
		return safely(() -> this.deduplicator.claim(key), WebhookDeduplicator.Claim.NEW);
	}

	private boolean process(WhatsAppWebhookEvent event, @Nullable String key) {
		boolean completed = false;
		try {
			completed = publish(event, key);
			return completed;
		}
		finally {
			if (key != null) {
				settle(key, completed);
			}
		}
	}

	private boolean publish(WhatsAppWebhookEvent event, @Nullable String key) {
		String update = event.getClass().getSimpleName() + ((key != null) ? " " + key : "");
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.error("A listener failed on " + update + "; the delivery is answered with an error so that Meta "
					+ "delivers it again", ex);
			return false;
		}
		if (event instanceof WhatsAppStatusEvent status && status.status() == MessageStatus.FAILED) {
			for (FailedStatusHandler handler : this.failedStatusHandlers) {
				try {
					handler.onFailedStatus(status);
				}
				catch (RuntimeException ex) {
					logger.error("FailedStatusHandler " + handler.getClass().getName() + " failed on " + update
							+ "; the delivery is answered with an error so that Meta delivers it again", ex);
					return false;
				}
			}
		}
		return true;
	}

	private void settle(String key, boolean completed) {
		try {
			if (completed) {
				this.deduplicator.markSeen(key);
			}
			else {
				this.deduplicator.release(key);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook deduplicator failed to " + (completed ? "mark " : "release ") + key
					+ (completed ? " as seen (a redelivery may be published again)"
							: " (a redelivery is held off until the claim lapses)"),
					ex);
		}
	}

	private static <T> T safely(Supplier<T> check, T fallback) {
		try {
			return check.get();
		}
		catch (RuntimeException ex) {
			logger.warn("Webhook deduplicator failed; treating the update as new (a duplicate may be published)", ex);
			return fallback;
		}
	}

	/**
	 * What became of the updates of one delivery.
	 *
	 * @param published the updates handed to the listeners
	 * @param failed the published updates whose listener or failed-status handler threw
	 * @param inProgress the updates left alone because another delivery of them was still running
	 */
	public record Result(int published, int failed, int inProgress) {

		/**
		 * Returns whether every update of the delivery was processed or was a duplicate, so the
		 * delivery may be acknowledged.
		 * @return {@code true} when nothing failed or was left in progress
		 */
		public boolean completed() {
			return this.failed == 0 && this.inProgress == 0;
		}

	}

}
