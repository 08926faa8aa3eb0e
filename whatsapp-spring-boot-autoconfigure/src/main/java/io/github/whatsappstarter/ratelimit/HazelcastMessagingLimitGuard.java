package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.whatsappstarter.support.BoundedGridCalls;

import org.springframework.util.Assert;

/**
 * Cluster-wide {@link MessagingLimitGuard}. Each recipient has an entry in a per-number map that
 * lives for the window, holding when it was counted; the count itself is a {@link RecipientTally},
 * one small entry per number updated by compare-and-set. A new recipient is inserted with
 * {@code putIfAbsent} (so two nodes never both count one recipient) and then counted in the tally
 * only while the tally is under the tier (so two nodes never both take the last place); when it is
 * full the entry is removed again and the send refused. A known recipient costs one call (two when
 * it moves to a newer slot of the tally). No call asks the whole map for its size. Times are the
 * cluster's time ({@code Cluster#getClusterTime()}) on members, not each node's clock. Every grid call waits at
 * most {@code requestTimeout}; a guard that cannot reach the grid in time refuses with an
 * {@link IllegalStateException} rather than stalling the sender.
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

	private final RecipientTally tally;

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
		this.tally = new RecipientTally(hazelcast, mapPrefix + "tally", window);
	}

	@Override
	public boolean checkAndRecord(String phoneNumberId, String recipient) {
		long ttl = this.window.toMillis();
		long now = this.calls.call(this::clusterTime);
		Long previous = this.calls
			.call(() -> recipients(phoneNumberId).putIfAbsent(recipient, now, ttl, TimeUnit.MILLISECONDS));
		if (previous != null) {
			// known: its window starts again with this message, and its count moves to the newer slot
			this.calls.call(() -> {
				IMap<String, Long> seen = recipients(phoneNumberId);
				if (this.tally.isNewerSlot(previous, now) && seen.replace(recipient, previous, now)) {
					this.tally.move(phoneNumberId, previous, now);
				}
				seen.setTtl(recipient, ttl, TimeUnit.MILLISECONDS);
				return null;
			});
			return false;
		}
		if (!this.calls.call(() -> this.tally.tryAdd(phoneNumberId, now, this.limit))) {
			this.calls.call(() -> recipients(phoneNumberId).remove(recipient, now));
			throw new MessagingLimitExceededException(phoneNumberId, recipient, this.limit);
		}
		return true;
	}

	@Override
	public void release(String phoneNumberId, String recipient) {
		this.calls.call(() -> {
			Long countedAt = recipients(phoneNumberId).remove(recipient);
			if (countedAt != null) {
				this.tally.remove(phoneNumberId, countedAt, clusterTime());
			}
			return null;
		});
	}

	private long clusterTime() {
		try {
			return this.hazelcast.getCluster().getClusterTime();
		}
		catch (UnsupportedOperationException ex) {
			// a client has no cluster clock of its own
			return System.currentTimeMillis();
		}
	}

	private IMap<String, Long> recipients(String phoneNumberId) {
		return this.hazelcast.getMap(this.mapPrefix + phoneNumberId);
	}

}
