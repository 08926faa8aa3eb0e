package io.github.whatsappstarter.ratelimit;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

/**
 * The count of unique recipients of one business number in a rolling window, kept in one grid
 * entry per number: a {@code long[]} whose first element is the number of the oldest time slot and
 * whose others count the recipients first counted in each slot (288 slots per window, five minutes
 * for 24 h). Updates are compare-and-set loops on plain map calls, so they need no classes of the
 * starter on the members (a standalone cluster works) and never ask the whole map for its size. A
 * count leaves the tally when its slot has wholly left the window, up to one slot later than the
 * exact time: the tally refuses early, never late.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class RecipientTally {

	static final int SLOTS = 288;

	private final HazelcastInstance hazelcast;

	private final String mapName;

	private final long slotMillis;

	RecipientTally(HazelcastInstance hazelcast, String mapName, Duration window) {
		this.hazelcast = hazelcast;
		this.mapName = mapName;
		this.slotMillis = Math.max(1, window.toMillis() / SLOTS);
	}

	/**
	 * Counts one more recipient at {@code now} unless the window already holds {@code limit}.
	 * @return whether it was counted
	 */
	boolean tryAdd(String phoneNumberId, long now, long limit) {
		long slot = now / this.slotMillis;
		while (true) {
			long[] current = map().get(phoneNumberId);
			long[] next = slide(current, slot);
			if (sum(next) >= limit) {
				return false;
			}
			next[newest(next, slot)]++;
			if (write(phoneNumberId, current, next)) {
				return true;
			}
		}
	}

	/**
	 * Takes back a recipient counted at {@code countedAt}, if that slot is still in the window.
	 */
	void remove(String phoneNumberId, long countedAt, long now) {
		move(phoneNumberId, countedAt, -1, now);
	}

	/**
	 * Moves a recipient counted at {@code from} to {@code now}, when it was messaged again.
	 */
	void move(String phoneNumberId, long from, long now) {
		move(phoneNumberId, from, now, now);
	}

	private void move(String phoneNumberId, long from, long to, long now) {
		long slot = now / this.slotMillis;
		while (true) {
			long[] current = map().get(phoneNumberId);
			if (current == null) {
				return;
			}
			long[] next = slide(current, slot);
			int fromIndex = index(next, from / this.slotMillis);
			if (fromIndex > 0 && next[fromIndex] > 0) {
				next[fromIndex]--;
			}
			if (to >= 0) {
				next[newest(next, slot)]++;
			}
			if (write(phoneNumberId, current, next)) {
				return;
			}
		}
	}

	/**
	 * Returns whether {@code now} falls in a later slot than {@code countedAt}.
	 */
	boolean isNewerSlot(long countedAt, long now) {
		return now / this.slotMillis > countedAt / this.slotMillis;
	}

	/**
	 * Returns the recipients counted in the window at {@code now}.
	 */
	long count(String phoneNumberId, long now) {
		long[] current = map().get(phoneNumberId);
		return (current != null) ? sum(slide(current, now / this.slotMillis)) : 0;
	}

	private boolean write(String phoneNumberId, long[] current, long[] next) {
		return (current == null) ? map().putIfAbsent(phoneNumberId, next) == null
				: map().replace(phoneNumberId, current, next);
	}

	private IMap<String, long[]> map() {
		return this.hazelcast.getMap(this.mapName);
	}

	/** A copy whose newest slot is {@code slot} (or later, if another node's clock ran ahead). */
	private static long[] slide(long[] current, long slot) {
		long[] next = new long[SLOTS + 1];
		long oldest = slot - SLOTS + 1;
		if (current == null) {
			next[0] = oldest;
			return next;
		}
		long start = Math.max(oldest, current[0]);
		next[0] = start;
		for (int i = 1; i < current.length; i++) {
			long at = current[0] + i - 1;
			if (at >= start) {
				next[1 + (int) (at - start)] = current[i];
			}
		}
		return next;
	}

	private static int newest(long[] tally, long slot) {
		return 1 + (int) Math.min(SLOTS - 1, Math.max(0, slot - tally[0]));
	}

	private static int index(long[] tally, long slot) {
		long offset = slot - tally[0];
		return (offset >= 0 && offset < SLOTS) ? 1 + (int) offset : -1;
	}

	private static long sum(long[] tally) {
		long sum = 0;
		for (int i = 1; i < tally.length; i++) {
			sum += tally[i];
		}
		return sum;
	}

}
