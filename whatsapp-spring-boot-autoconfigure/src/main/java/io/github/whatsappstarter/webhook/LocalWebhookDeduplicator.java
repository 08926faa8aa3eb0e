package io.github.whatsappstarter.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * In-memory {@link WebhookDeduplicator} for a single node: keys live for a fixed time after first
 * being seen and at most {@code maxEntries} are kept (the oldest go first). Operations are O(1)
 * amortised; expired keys are dropped as new ones arrive.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class LocalWebhookDeduplicator implements WebhookDeduplicator {

	private final long ttlMillis;

	private final int maxEntries;

	private final Clock clock;

	private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

	/**
	 * Creates a deduplicator on the system clock.
	 * @param ttl how long a key is remembered
	 * @param maxEntries the most keys kept
	 */
	public LocalWebhookDeduplicator(Duration ttl, int maxEntries) {
		this(ttl, maxEntries, Clock.systemUTC());
	}

	/**
	 * Creates a deduplicator.
	 * @param ttl how long a key is remembered
	 * @param maxEntries the most keys kept
	 * @param clock the clock that ages keys
	 */
	public LocalWebhookDeduplicator(Duration ttl, int maxEntries, Clock clock) {
		Assert.isTrue(!ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.isTrue(maxEntries > 0, "maxEntries must be positive");
		this.ttlMillis = ttl.toMillis();
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public synchronized boolean markSeen(String key) {
		long now = this.clock.millis();
		expire(now);
		if (this.seen.containsKey(key)) {
			return false;
		}
		this.seen.put(key, now + this.ttlMillis);
		if (this.seen.size() > this.maxEntries) {
			Iterator<String> oldest = this.seen.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	@Override
	public synchronized boolean isSeen(String key) {
		expire(this.clock.millis());
		return this.seen.containsKey(key);
	}

	/**
	 * Returns the number of keys currently remembered.
	 * @return the size
	 */
	public synchronized int size() {
		expire(this.clock.millis());
		return this.seen.size();
	}

	private void expire(long now) {
		Iterator<Map.Entry<String, Long>> entries = this.seen.entrySet().iterator();
		while (entries.hasNext() && entries.next().getValue() <= now) {
			entries.remove();
		}
	}

}
