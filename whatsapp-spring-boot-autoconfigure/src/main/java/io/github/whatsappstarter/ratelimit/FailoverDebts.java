package io.github.whatsappstarter.ratelimit;

import java.util.Set;

/**
 * The debts that keep every sliding second within the throughput limit across a switch between
 * the grid and the node-local fallback. A node that just fell back starts each local throughput
 * bucket one refill period in debt (the grid's grants of the last second are still in the window);
 * when the grid answers again, its throughput buckets take this node's local grants of the last
 * period as debt before callers return to it (the grid has not seen them).
 */
final class FailoverDebts {

	private final ThroughputLevels levels;

	private final LimiterBuckets buckets;

	FailoverDebts(ThroughputLevels levels, LimiterBuckets buckets) {
		this.levels = levels;
		this.buckets = buckets;
	}

	/**
	 * Returns one refill period's grants of a node's share of a limit, the most one node can have
	 * granted in a period.
	 */
	static long periodShare(int limit, int share) {
		return BucketShapes.tokensPer(BucketShapes.PERIOD, Math.max(1, limit / share));
	}

	/**
	 * Runs on the grid when it answers again, before callers return to it: its throughput buckets
	 * take a whole period's share of every number this node limited locally.
	 */
	void debitLocalUse(BucketStore primary, Set<String> localKeys) {
		int share = Math.max(1, primary.nodes());
		for (String key : localKeys) {
			String phoneNumberId = BucketKeys.throughputNumber(key);
			if (phoneNumberId != null) {
				int limit = this.levels.limit(phoneNumberId);
				this.buckets.throughput(primary, 1, phoneNumberId)
					.consumeIgnoringRateLimits(periodShare(limit, share));
			}
		}
	}

}
