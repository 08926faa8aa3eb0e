package io.github.whatsappstarter.webhook;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.IMap;
import io.github.whatsappstarter.support.BoundedGridCalls;

import org.springframework.util.Assert;

/**
 * Cluster-wide {@link WebhookDeduplicator} on a Hazelcast {@link IMap}: a claim is a
 * {@code putIfAbsent} of {@code false} with the short claim time to live, marking seen puts
 * {@code true} with the full one, so a duplicate that reaches another node is dropped as well and
 * the claim of a node that died mid-listener lapses. Bound the map's size with an eviction policy in
 * the Hazelcast configuration of map {@value #DEFAULT_MAP_NAME}; Hazelcast expires entries with
 * about one second of precision.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class HazelcastWebhookDeduplicator implements WebhookDeduplicator {

	/** The request timeout of the constructors without one. */
	public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMillis(500);

	/** Name of the map used by default. */
	public static final String DEFAULT_MAP_NAME = "whatsapp-webhook-dedupe";

	private final IMap<String, Boolean> map;

	private final long ttlMillis;

	private final long claimTtlMillis;

	private final BoundedGridCalls calls;

	/**
	 * Creates a deduplicator with claims of {@link LocalWebhookDeduplicator#DEFAULT_CLAIM_TTL}.
	 * @param map the map holding the keys
	 * @param ttl how long a key is remembered
	 */
	public HazelcastWebhookDeduplicator(IMap<String, Boolean> map, Duration ttl) {
		this(map, ttl, LocalWebhookDeduplicator.DEFAULT_CLAIM_TTL);
	}

	/**
	 * Creates a deduplicator.
	 * @param map the map holding the keys
	 * @param ttl how long a processed key is remembered
	 * @param claimTtl how long a claim holds off duplicates unless it is marked seen or released
	 * (at least a few seconds: Hazelcast's expiry is coarse)
	 */
	public HazelcastWebhookDeduplicator(IMap<String, Boolean> map, Duration ttl, Duration claimTtl) {
		this(map, ttl, claimTtl, DEFAULT_REQUEST_TIMEOUT);
	}

	/**
	 * Creates a deduplicator whose grid calls wait at most {@code requestTimeout}: a frozen member
	 * must not hold the webhook request for Hazelcast's 60 s call timeout. A call that times out
	 * throws, and the dispatcher then treats the update as new (a possible duplicate rather than a
	 * lost update).
	 * @param map the map holding the keys
	 * @param ttl how long a processed key is remembered
	 * @param claimTtl how long a claim holds off duplicates unless it is marked seen or released
	 * @param requestTimeout the longest a grid call may take
	 * @since 0.2.0
	 */
	public HazelcastWebhookDeduplicator(IMap<String, Boolean> map, Duration ttl, Duration claimTtl,
			Duration requestTimeout) {
		Assert.notNull(map, "map must not be null");
		this.calls = new BoundedGridCalls(requestTimeout, "webhook dedupe grid");
		Assert.isTrue(!ttl.isNegative() && !ttl.isZero(), "ttl must be positive");
		Assert.isTrue(!claimTtl.isNegative() && !claimTtl.isZero(), "claimTtl must be positive");
		this.map = map;
		this.ttlMillis = ttl.toMillis();
		this.claimTtlMillis = claimTtl.toMillis();
	}

	@Override
	public Claim claim(String key) {
		Boolean previous = this.calls
			.call(() -> this.map.putIfAbsent(key, Boolean.FALSE, this.claimTtlMillis, TimeUnit.MILLISECONDS));
		if (previous == null) {
			return Claim.NEW;
		}
		return previous ? Claim.SEEN : Claim.IN_PROGRESS;
	}

	@Override
	public boolean markSeen(String key) {
		return !Boolean.TRUE
			.equals(this.calls.call(() -> this.map.put(key, Boolean.TRUE, this.ttlMillis, TimeUnit.MILLISECONDS)));
	}

	@Override
	public void release(String key) {
		this.calls.call(() -> this.map.remove(key, Boolean.FALSE));
	}

	@Override
	public boolean isSeen(String key) {
		return this.calls.call(() -> this.map.containsKey(key));
	}

}
