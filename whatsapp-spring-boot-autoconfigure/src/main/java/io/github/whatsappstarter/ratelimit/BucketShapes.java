package io.github.whatsappstarter.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;

/**
 * Builds the Bucket4j configurations for the two limits.
 * <p>
 * Throughput: capacity 1, greedy refill of {@code L} tokens per {@code 1 s + 1 ms}, where
 * {@code L} is the effective limit. In any closed window of length {@code T} a bucket grants at
 * most {@code capacity + refill rate × T} tokens, i.e. {@code 1 + L × 1000 / 1001 < L + 1}, so
 * <b>no sliding 1 s window holds more than {@code L} grants</b> (worst case exactly {@code L});
 * the sustained rate is {@code L / 1.001}. A plain bucket of capacity {@code L} would allow
 * {@code 2L} in a sliding second. The bound is on reserved instants; callers wake up a little
 * late, never early, which the safety margin absorbs.
 * <p>
 * Pair: capacity {@code burst}, greedy refill of 1 token per {@code interval}. A node-local
 * fallback divides both limits by the node count ({@code share}).
 */
final class BucketShapes {

	private BucketShapes() {
	}

	static BucketConfiguration throughput(int effectiveLimit, int share) {
		long limit = Math.max(1, effectiveLimit / Math.max(1, share));
		return BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(1).refillGreedy(limit, Duration.ofMillis(1001)))
			.build();
	}

	static BucketConfiguration pair(RateLimitSettings settings, int share) {
		int nodes = Math.max(1, share);
		long burst = Math.max(1, settings.pairBurst() / nodes);
		Duration interval = settings.pairInterval().multipliedBy(nodes);
		return BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(burst).refillGreedy(1, interval))
			.build();
	}

	static long tokensPer(Duration period, int effectiveLimit) {
		return Math.max(1, (long) Math.ceil(effectiveLimit * period.toNanos() / 1_001_000_000.0));
	}

}
