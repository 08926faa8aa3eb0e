package io.github.whatsappstarter.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.whatsappstarter.webhook.WhatsAppStatusEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest delivery status per message id, as reported by the webhook, ignoring statuses
 * that arrive out of order. Bounded to the newest 10,000 messages.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Component
class MessageStatusStore {

	private static final Log logger = LogFactory.getLog(MessageStatusStore.class);

	private static final int MAX_MESSAGES = 10_000;

	private final Map<String, WhatsAppStatusEvent> latest = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, WhatsAppStatusEvent> eldest) {
				return size() > MAX_MESSAGES;
			}
		});

	@EventListener
	void onStatus(WhatsAppStatusEvent status) {
		logger.info("Status of " + status.messageId() + ": " + status.status()
				+ (status.errors().isEmpty() ? "" : " " + status.errors()) + (status.outOfOrder() ? " (late)" : ""));
		if (!status.outOfOrder()) {
			this.latest.put(status.messageId(), status);
		}
	}

	Optional<WhatsAppStatusEvent> find(String messageId) {
		return Optional.ofNullable(this.latest.get(messageId));
	}

}
