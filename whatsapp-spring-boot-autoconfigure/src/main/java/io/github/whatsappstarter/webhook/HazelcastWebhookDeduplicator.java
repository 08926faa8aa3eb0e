package io.github.whatsappstarter.webhook;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.IMap;

import org.springframework.util.Assert;

/**
 * Cluster-wide {@link WebhookDeduplicator} on a Hazelcast {@link IMap}: {@code putIfAbsent} with a
 * per-entry time to live, so a duplicate that reaches another node is dropped as well. Bound the
 * map's size with an eviction policy in the Hazelcast configuration of map
 * {@value #DEFAULT_MAP_NAME}; Hazelcast expires entries with about one second of precision.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class HazelcastWebhookDeduplicator implements WebhookDeduplicator {

	/** Name of the map used by default. */
	public static final String DEFAULT_MAP_NAME = "whatsapp-webhook-dedupe";

	private final IMap<String, Boolean> map;

	private final long ttlMillis;

	/**
	 * Creates a deduplicator.
	 * @param map the map holding the keys
	 * @param ttl how long a key is remembered
	 */
	public HazelcastWebhookDeduplicator(IMap<String, Boolean> map, Duration ttl) {
		Assert.notNull(map, "map must not be null");
		Assert.isTrue(!ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		this.map = map;
		this.ttlMillis = ttl.toMillis();
	}

	@Override
	public boolean markSeen(String key) {
		return this.map.putIfAbsent(key, Boolean.TRUE, this.ttlMillis, TimeUnit.MILLISECONDS) == null;
	}

	@Override
	public boolean isSeen(String key) {
		return this.map.containsKey(key);
	}

}
