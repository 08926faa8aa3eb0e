package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.whatsappstarter.support.BoundedGridCalls;

import org.springframework.util.Assert;

/**
 * Cluster-wide {@link MessagingLimitGuard}: one Hazelcast map per business number whose entries
 * (one per recipient) live for the window. A new recipient is inserted first (atomically, with
 * {@code putIfAbsent}) and the count checked after: when it is over the tier the entry is removed
 * and the send refused, so two nodes racing for the last free place may both be refused but never
 * both win. The count may over-count entries that expired but were not yet swept (refusing early,
 * never late). Every grid call waits at most {@code requestTimeout}; a guard that cannot reach the
 * grid in time refuses with an {@link IllegalStateException} rather than stalling the sender.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class HazelcastMessagingLimitGuard implements MessagingLimitGuard {

	private final HazelcastInstance hazelcast;

	private final String mapPrefix;

	private final long limit;

	private final Duration window;

	private final BoundedGridCalls calls;

	/**
	 * Creates a guard.
	 * @param hazelcast the instance (member or client)
	 * @param mapPrefix prefix of the per-number map names
	 * @param limit unique recipients allowed per window
	 * @param window the rolling window, 24 h for Meta
	 */
	public HazelcastMessagingLimitGuard(HazelcastInstance hazelcast, String mapPrefix, long limit, Duration window) {
		this(hazelcast, mapPrefix, limit, window, Duration.ofMillis(500));
	}

	/**
	 * Creates a guard whose grid calls wait at most {@code requestTimeout}.
	 * @param hazelcast the instance (member or client)
	 * @param mapPrefix prefix of the per-number map names
	 * @param limit unique recipients allowed per window
	 * @param window the rolling window, 24 h for Meta
	 * @param requestTimeout the longest a grid call may take
	 * @since 0.2.0
	 */
	public HazelcastMessagingLimitGuard(HazelcastInstance hazelcast, String mapPrefix, long limit, Duration window,
			Duration requestTimeout) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.calls = new BoundedGridCalls(requestTimeout, "messaging-limit grid");
		this.hazelcast = hazelcast;
		this.mapPrefix = mapPrefix;
		this.limit = limit;
		this.window = window;
	}

	@Override
	public boolean checkAndRecord(String phoneNumberId, String recipient) {
		IMap<String, Long> seen = this.hazelcast.getMap(this.mapPrefix + phoneNumberId);
		long now = System.currentTimeMillis();
		long ttl = this.window.toMillis();
		Long previous = this.calls.call(() -> seen.putIfAbsent(recipient, now, ttl, TimeUnit.MILLISECONDS));
		if (previous != null) {
			// known: its window starts again with this message
			this.calls.call(() -> {
				seen.set(recipient, now, ttl, TimeUnit.MILLISECONDS);
				return null;
			});
			return false;
		}
		if (this.calls.call(seen::size) > this.limit) {
			this.calls.call(() -> seen.remove(recipient));
			throw new MessagingLimitExceededException(phoneNumberId, recipient, this.limit);
		}
		return true;
	}

	@Override
	public void release(String phoneNumberId, String recipient) {
		IMap<String, Long> seen = this.hazelcast.getMap(this.mapPrefix + phoneNumberId);
		this.calls.call(() -> seen.remove(recipient));
	}

}
