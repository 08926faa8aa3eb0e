package io.github.whatsappstarter.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * In-memory {@link WebhookDeduplicator} for a single node: processed keys live for a fixed time
 * after being marked seen, claims for a shorter one, and at most {@code maxEntries} are kept (the
 * oldest go first). Operations are O(1) amortised; expired keys are dropped as new ones arrive.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class LocalWebhookDeduplicator implements WebhookDeduplicator {

	/** How long a claim lasts unless given: longer than any listener should run. */
	public static final Duration DEFAULT_CLAIM_TTL = Duration.ofMinutes(1);

	private final long ttlMillis;

	private final long claimTtlMillis;

	private final int maxEntries;

	private final Clock clock;

	private final LinkedHashMap<String, Entry> seen = new LinkedHashMap<>();

	/**
	 * Creates a deduplicator on the system clock with claims of {@link #DEFAULT_CLAIM_TTL}.
	 * @param ttl how long a key is remembered
	 * @param maxEntries the most keys kept
	 */
	public LocalWebhookDeduplicator(Duration ttl, int maxEntries) {
		this(ttl, DEFAULT_CLAIM_TTL, maxEntries, Clock.systemUTC());
	}

	/**
	 * Creates a deduplicator with claims of {@link #DEFAULT_CLAIM_TTL}.
	 * @param ttl how long a key is remembered
	 * @param maxEntries the most keys kept
	 * @param clock the clock that ages keys
	 */
	public LocalWebhookDeduplicator(Duration ttl, int maxEntries, Clock clock) {
		this(ttl, DEFAULT_CLAIM_TTL, maxEntries, clock);
	}

	/**
	 * Creates a deduplicator.
	 * @param ttl how long a processed key is remembered
	 * @param claimTtl how long a claim holds off duplicates unless it is marked seen or released
	 * @param maxEntries the most keys kept
	 * @param clock the clock that ages keys
	 */
	public LocalWebhookDeduplicator(Duration ttl, Duration claimTtl, int maxEntries, Clock clock) {
		Assert.isTrue(!ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.isTrue(!claimTtl.isNegative() && !claimTtl.isZero(), "claimTtl must be positive");
		Assert.isTrue(maxEntries > 0, "maxEntries must be positive");
		this.ttlMillis = ttl.toMillis();
		this.claimTtlMillis = claimTtl.toMillis();
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	@Override
	public synchronized Claim claim(String key) {
		long now = this.clock.millis();
		Entry entry = live(key, now);
		if (entry != null) {
			return entry.done() ? Claim.SEEN : Claim.IN_PROGRESS;
		}
		put(key, new Entry(now + this.claimTtlMillis, false));
		return Claim.NEW;
	}

	@Override
	public synchronized boolean markSeen(String key) {
		long now = this.clock.millis();
		Entry entry = live(key, now);
		if (entry != null && entry.done()) {
			return false;
		}
		this.seen.remove(key);
		put(key, new Entry(now + this.ttlMillis, true));
		return true;
	}

	@Override
	public synchronized void release(String key) {
		Entry entry = this.seen.get(key);
		if (entry != null && !entry.done()) {
			this.seen.remove(key);
		}
	}

	@Override
	public synchronized boolean isSeen(String key) {
		return live(key, this.clock.millis()) != null;
	}

	/**
	 * Returns the number of keys currently remembered, claims included.
	 * @return the size
	 */
	public synchronized int size() {
		expire(this.clock.millis());
		return this.seen.size();
	}

	private @Nullable Entry live(String key, long now) {
		expire(now);
		Entry entry = this.seen.get(key);
		if (entry != null && entry.expiresAt() <= now) {
			// a lapsed claim behind a longer-lived key at the head
			this.seen.remove(key);
			return null;
		}
		return entry;
	}

	private void put(String key, Entry entry) {
		this.seen.put(key, entry);
		if (this.seen.size() > this.maxEntries) {
			Iterator<String> oldest = this.seen.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
	}

	private void expire(long now) {
		Iterator<Map.Entry<String, Entry>> entries = this.seen.entrySet().iterator();
		while (entries.hasNext() && entries.next().getValue().expiresAt() <= now) {
			entries.remove();
		}
	}

	private record Entry(long expiresAt, boolean done) {

	}

}
