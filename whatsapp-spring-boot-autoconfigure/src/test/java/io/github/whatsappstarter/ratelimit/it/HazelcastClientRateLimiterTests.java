package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.List;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Hazelcast clients of one member, each with a limiter on the CAS-based proxy manager, share
 * the limits. The member runs in this JVM, so Bucket4j classes happen to be on its classpath; the
 * CAS manager does not need them.
 */
class HazelcastClientRateLimiterTests {

	private static LoopbackHazelcast hazelcast;

	private static List<HazelcastInstance> clients;

	@BeforeAll
	static void startClusterAndClients() {
		hazelcast = new LoopbackHazelcast("wa-client-limiter-tests", 5871);
		hazelcast.member();
		clients = List.of(hazelcast.client(), hazelcast.client());
	}

	@AfterAll
	static void stop() {
		hazelcast.close();
	}

	@Test
	void clientsShareTheThroughputLimit() throws Exception {
		RateLimitSettings settings = RateLimitSettings.defaults().withThroughput(40, 0).withMaxWait(Duration.ofSeconds(10));
		List<BucketRateLimiter> limiters = clients.stream()
			.map((client) -> new BucketRateLimiter(new HazelcastBucketStore(client, "whatsapp-rate-limit",
					Duration.ofSeconds(2), Duration.ofMillis(500), 2), settings))
			.toList();
		assertThat(limiters).allSatisfy((limiter) -> {
			assertThat(limiter.getBackend()).isEqualTo("hazelcast-client");
			assertThat(limiter.getMemberCount()).isEqualTo(2);
		});
		Load load = Load.run(limiters, 2, Duration.ofMillis(1600), "client-throughput", (i) -> "49" + i);
		Load.report("2 clients (CAS), limit 40/s, 4 threads, 1.6 s", load.grants);
		assertThat(load.failures).isEmpty();
		assertThat(load.grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(40);
		assertThat(load.grants.count()).isGreaterThan(20);
	}

	@Test
	void clientsShareThePairLimit() throws Exception {
		RateLimitSettings settings = RateLimitSettings.defaults()
			.withPair(Duration.ofMillis(300), 1)
			.withMaxWait(Duration.ofSeconds(10));
		List<BucketRateLimiter> limiters = clients.stream()
			.map((client) -> new BucketRateLimiter(new HazelcastBucketStore(client, "whatsapp-rate-limit",
					Duration.ofSeconds(2), Duration.ofMillis(500), 2), settings))
			.toList();
		Load load = Load.run(limiters, 1, Duration.ofMillis(1000), "client-pair", (i) -> "4917000000001");
		assertThat(load.failures).isEmpty();
		assertThat(load.grants.maxInAnyWindow(Duration.ofMillis(600))).isLessThanOrEqualTo(3);
	}

}
