package io.github.whatsappstarter.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Remembers recently accepted messages by their message id (wamid), so that a message Meta
 * later reports as failed (by status webhook) can be sent again. Bounded in size and age; the
 * oldest entries go first. Per node: a status webhook reaching another node finds nothing and the
 * failure is only reported.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class SentMessageStore implements WhatsAppSendListener {

	private final Map<String, SentMessage> messages = new LinkedHashMap<>();

	private final Duration ttl;

	private final int maxEntries;

	private final Clock clock;

	/**
	 * Creates a store.
	 * @param ttl how long a message is remembered
	 * @param maxEntries the most messages remembered
	 */
	public SentMessageStore(Duration ttl, int maxEntries) {
		this(ttl, maxEntries, Clock.systemUTC());
	}

	SentMessageStore(Duration ttl, int maxEntries, Clock clock) {
		Assert.isTrue(maxEntries > 0, "maxEntries must be positive");
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result, Duration duration) {
		remember(result.messageId(), phoneNumberId, message, 0);
	}

	/**
	 * Remembers a message under its id.
	 * @param messageId the wamid Meta assigned
	 * @param phoneNumberId the sending phone number id
	 * @param message the message
	 * @param resends how often this message was already sent again
	 */
	public synchronized void remember(String messageId, String phoneNumberId, WhatsAppMessage message, int resends) {
		Instant now = this.clock.instant();
		this.messages.remove(messageId);
		this.messages.put(messageId, new SentMessage(phoneNumberId, message, resends, now.plus(this.ttl)));
		evict(now);
	}

	/**
	 * Removes and returns a remembered message.
	 * @param messageId the wamid
	 * @return the message, or {@code null} when unknown or expired
	 */
	public synchronized @Nullable SentMessage take(String messageId) {
		SentMessage sent = this.messages.remove(messageId);
		return (sent != null && sent.expiresAt().isAfter(this.clock.instant())) ? sent : null;
	}

	/**
	 * Returns how many messages are remembered.
	 * @return the count
	 */
	public synchronized int size() {
		evict(this.clock.instant());
		return this.messages.size();
	}

	private void evict(Instant now) {
		Iterator<SentMessage> oldestFirst = this.messages.values().iterator();
		while (oldestFirst.hasNext()) {
			SentMessage oldest = oldestFirst.next();
			if (this.messages.size() <= this.maxEntries && oldest.expiresAt().isAfter(now)) {
				return;
			}
			oldestFirst.remove();
		}
	}

	/**
	 * A remembered message.
	 *
	 * @param phoneNumberId the sending phone number id
	 * @param message the message
	 * @param resends how often it was already sent again
	 * @param expiresAt when it is forgotten
	 */
	public record SentMessage(String phoneNumberId, WhatsAppMessage message, int resends, Instant expiresAt) {

	}

}
