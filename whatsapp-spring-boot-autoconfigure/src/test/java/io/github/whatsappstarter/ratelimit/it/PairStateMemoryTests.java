package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pair buckets of idle recipients expire: after messages to 20,000 distinct recipients the map
 * shrinks back to the recently active ones within refill-to-full + keep-after-full + a few seconds.
 */
class PairStateMemoryTests {

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-pair-memory-tests", 5881);

	@AfterEach
	void stop() {
		this.hazelcast.close();
	}

	@Test
	void idlePairBucketsDisappearFromTheMap() throws Exception {
		HazelcastInstance member = this.hazelcast.member();
		RateLimitSettings settings = RateLimitSettings.defaults()
			.withThroughput(1_000_000, 0)
			.withPair(Duration.ofMillis(100), 1)
			.withMaxWait(Duration.ofSeconds(5));
		BucketRateLimiter limiter = new BucketRateLimiter(
				new HazelcastBucketStore(member, "memory-buckets", Duration.ofSeconds(2), Duration.ofMillis(500), 0),
				settings);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int t = 0; t < 4; t++) {
			int offset = t;
			pool.execute(() -> {
				for (int i = offset; i < 20_000; i += 4) {
					limiter.acquire("memory", "49" + i);
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		long filled = System.nanoTime();
		IMap<String, byte[]> map = member.getMap("memory-buckets");
		int peak = map.size();
		// entries written early may already have expired while the rest were written
		assertThat(peak).isGreaterThan(1_000);
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> map.size() <= 10);
		System.out.println("[figure] 20,000 pair buckets: filled in " + Duration.ofNanos(filled - start).toMillis()
				+ " ms, map size " + peak + " -> " + map.size() + " within "
				+ Duration.ofNanos(System.nanoTime() - filled).toMillis() + " ms (refill 100 ms + keep 2 s)");
	}

}
