package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import org.springframework.util.Assert;

/**
 * Cluster-wide {@link MessagingLimitGuard}: one Hazelcast map per business number whose entries
 * (one per recipient) live for the window. The count may briefly over-count entries that expired
 * but were not yet swept (refusing early, never late), and two nodes racing for the last free
 * place may both win, overshooting by at most the number of nodes.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class HazelcastMessagingLimitGuard implements MessagingLimitGuard {

	private final HazelcastInstance hazelcast;

	private final String mapPrefix;

	private final long limit;

	private final Duration window;

	/**
	 * Creates a guard.
	 * @param hazelcast the instance (member or client)
	 * @param mapPrefix prefix of the per-number map names
	 * @param limit unique recipients allowed per window
	 * @param window the rolling window, 24 h for Meta
	 */
	public HazelcastMessagingLimitGuard(HazelcastInstance hazelcast, String mapPrefix, long limit, Duration window) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.hazelcast = hazelcast;
		this.mapPrefix = mapPrefix;
		this.limit = limit;
		this.window = window;
	}

	@Override
	public void checkAndRecord(String phoneNumberId, String recipient) {
		IMap<String, Long> seen = this.hazelcast.getMap(this.mapPrefix + phoneNumberId);
		if (!seen.containsKey(recipient) && seen.size() >= this.limit) {
			throw new MessagingLimitExceededException(phoneNumberId, recipient, this.limit);
		}
		seen.set(recipient, System.currentTimeMillis(), this.window.toMillis(), TimeUnit.MILLISECONDS);
	}

}
