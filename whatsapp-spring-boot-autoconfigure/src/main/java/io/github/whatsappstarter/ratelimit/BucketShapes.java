package io.github.whatsappstarter.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;

/**
 * Builds the Bucket4j configurations for the two limits.
 * <p>
 * Throughput: capacity 1, greedy refill of {@code L - 1} tokens per 1,020 ms, where {@code L} is
 * the effective limit. In any closed window of length {@code T} a bucket grants at most
 * {@code capacity + rate × T} tokens, so a 1 s window holds at most
 * {@code 1 + (L - 1) / 1.02 < L} reserved slots: <b>no sliding second holds more than {@code L}
 * grants</b>. Callers wake a little after their slot, never before; the 20 ms stretch keeps the
 * bound for the instants at which callers actually proceed as long as each wakes within 20 ms of
 * its slot ({@code 1 + (L - 1) × 1.02 / 1.02 = L}). Sustained rate: {@code (L - 1) / 1.02} per
 * second (77.5 for 80). A plain bucket of capacity {@code L} refilling {@code L}/s would allow
 * {@code 2L} in a sliding second.
 * <p>
 * Pair: capacity {@code burst}, greedy refill of 1 token per {@code interval}. A node-local
 * fallback divides both limits by the node count ({@code share}).
 */
final class BucketShapes {

	/** The throughput bucket's refill period: every sliding second sees at most one period's grants. */
	static final Duration PERIOD = Duration.ofMillis(1020);

	private BucketShapes() {
	}

	static BucketConfiguration throughput(int effectiveLimit, int share) {
		long refill = refillPerPeriod(Math.max(1, effectiveLimit / Math.max(1, share)));
		return BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(1).refillGreedy(refill, PERIOD))
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

	static long tokensPer(Duration duration, int effectiveLimit) {
		double perNano = refillPerPeriod(Math.max(1, effectiveLimit)) / (double) PERIOD.toNanos();
		return Math.max(1, (long) Math.ceil(perNano * duration.toNanos()));
	}

	private static long refillPerPeriod(int limit) {
		return Math.max(1, limit - 1);
	}

}
