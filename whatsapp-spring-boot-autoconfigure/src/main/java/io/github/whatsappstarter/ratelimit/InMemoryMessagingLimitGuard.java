package io.github.whatsappstarter.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.Assert;

/**
 * Node-local {@link MessagingLimitGuard}: per business number, the recipients messaged in the
 * window in the order of their last message; the oldest are dropped as they leave the window.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class InMemoryMessagingLimitGuard implements MessagingLimitGuard {

	private final long limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, LinkedHashMap<String, Long>> recipients = new ConcurrentHashMap<>();

	/**
	 * Creates a guard.
	 * @param limit unique recipients allowed per window
	 * @param window the rolling window, 24 h for Meta
	 * @param clock the clock
	 */
	public InMemoryMessagingLimitGuard(long limit, Duration window, Clock clock) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	@Override
	public boolean checkAndRecord(String phoneNumberId, String recipient) {
		LinkedHashMap<String, Long> seen = this.recipients.computeIfAbsent(phoneNumberId, (id) -> new LinkedHashMap<>());
		long now = this.clock.millis();
		synchronized (seen) {
			Iterator<Long> oldest = seen.values().iterator();
			while (oldest.hasNext() && oldest.next() <= now - this.window.toMillis()) {
				oldest.remove();
			}
			boolean known = seen.remove(recipient) != null;
			if (!known && seen.size() >= this.limit) {
				throw new MessagingLimitExceededException(phoneNumberId, recipient, this.limit);
			}
			seen.put(recipient, now);
			return !known;
		}
	}

	@Override
	public void release(String phoneNumberId, String recipient) {
		LinkedHashMap<String, Long> seen = this.recipients.get(phoneNumberId);
		if (seen != null) {
			synchronized (seen) {
				seen.remove(recipient);
			}
		}
	}

}
