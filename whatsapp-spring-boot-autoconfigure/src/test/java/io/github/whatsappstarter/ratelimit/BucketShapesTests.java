package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BucketShapes}: the reserved slots themselves (not the instants at which
 * sleeping callers wake up) obey the stated worst cases exactly.
 */
class BucketShapesTests {

	@Test
	void reservedThroughputSlotsNeverExceedTheLimitInAnySlidingSecond() {
		for (int limit : new int[] { 1, 20, 80, 1000 }) {
			List<Long> slots = reserveSlots(BucketShapes.throughput(limit, 1), limit * 4);
			// worst case 1 + (L - 1) / 1.02, i.e. L for small limits and a little below for large ones
			assertThat(maxInWindow(slots, Duration.ofSeconds(1))).as("limit %d", limit)
				.isLessThanOrEqualTo(limit)
				.isGreaterThanOrEqualTo((int) (1 + (limit - 1) / 1.02) - 1);
		}
	}

	@Test
	void fallbackShareDividesTheThroughput() {
		List<Long> slots = reserveSlots(BucketShapes.throughput(60, 3), 100);
		assertThat(maxInWindow(slots, Duration.ofSeconds(1))).isBetween(19, 20);
	}

	@Test
	void reservedPairSlotsFollowBurstAndInterval() {
		RateLimitSettings settings = RateLimitSettings.defaults().withPair(Duration.ofSeconds(6), 10);
		List<Long> slots = reserveSlots(BucketShapes.pair(settings, 1), 30);
		assertThat(maxInWindow(slots, Duration.ofMillis(100))).isEqualTo(10);
		assertThat(maxInWindow(slots, Duration.ofSeconds(60))).isBetween(19, 20);
	}

	@Test
	void plainBucketWithCapacityEqualToTheLimitAllowsTwiceTheLimitInASlidingSecond() {
		BucketConfiguration plain = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(80).refillGreedy(80, Duration.ofSeconds(1)))
			.build();
		assertThat(maxInWindow(reserveSlots(plain, 400), Duration.ofSeconds(1))).isGreaterThanOrEqualTo(159);
	}

	private static List<Long> reserveSlots(BucketConfiguration configuration, int count) {
		LocalBucketBuilder builder = Bucket.builder();
		for (Bandwidth bandwidth : configuration.getBandwidths()) {
			builder.addLimit(bandwidth);
		}
		Bucket bucket = builder.build();
		List<Long> slots = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long now = System.nanoTime();
			Reservation reservation = Reservation.attempt(bucket, Duration.ofHours(1).toNanos());
			assertThat(reservation.granted()).isTrue();
			slots.add(now + reservation.nanos());
		}
		Collections.sort(slots);
		return slots;
	}

	private static int maxInWindow(List<Long> sorted, Duration window) {
		int max = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (sorted.get(end) - sorted.get(start) > window.toNanos()) {
				start++;
			}
			max = Math.max(max, end - start + 1);
		}
		return max;
	}

}
