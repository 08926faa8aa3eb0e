package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes, each with its own embedded Hazelcast member and template, send to the simulator at
 * once: with the shared limiter Meta's limits are never tripped; with per-node local limiters the
 * same load overshoots.
 */
class ClusterSendSimulatorTests {

	private static final int LIMIT = 40;

	private static final RateLimitSettings SETTINGS = RateLimitSettings.defaults()
		.withThroughput(LIMIT, 0.1)
		.withPair(Duration.ofMillis(500), 2)
		.withMaxWait(Duration.ofSeconds(20));

	private static final int MESSAGES_PER_NODE = 40;

	private static LoopbackHazelcast hazelcast;

	private static List<HazelcastInstance> members;

	private static WhatsAppSimulator simulator;

	@BeforeAll
	static void start() {
		hazelcast = new LoopbackHazelcast("wa-cluster-send-tests", 5891);
		members = List.of(hazelcast.member(), hazelcast.member(), hazelcast.member());
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(LIMIT)
			.pairBurst(2)
			.pairInterval(Duration.ofMillis(500))
			.build());
	}

	@AfterAll
	static void stop() {
		simulator.close();
		hazelcast.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@Test
	void threeNodesSharingTheLimiterNeverTripMetasLimits() throws Exception {
		List<WhatsAppRateLimiter> limiters = members.stream()
			.map((member) -> (WhatsAppRateLimiter) new BucketRateLimiter(
					new HazelcastBucketStore(member, "cluster-send", Duration.ofSeconds(2), Duration.ofMillis(500), 0),
					SETTINGS))
			.toList();
		sendFromEveryNode(limiters, (i) -> "4915" + (1000 + i % 100));

		assertThat(simulator.recorder().countErrorCode(130429)).isZero();
		assertThat(simulator.recorder().countErrorCode(131056)).isZero();
		assertThat(simulator.recorder().acceptedCount()).isEqualTo(3 * MESSAGES_PER_NODE);
		assertThat(simulator.recorder().maxAcceptedInWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(LIMIT);
	}

	@Test
	void threeNodesWithLocalLimitersOvershootTheSameLimit() throws Exception {
		List<WhatsAppRateLimiter> limiters = members.stream()
			.map((member) -> (WhatsAppRateLimiter) new BucketRateLimiter(new LocalBucketStore(), SETTINGS))
			.toList();
		sendFromEveryNode(limiters, (i) -> "4916" + (1000 + i % 100));

		assertThat(simulator.recorder().countErrorCode(130429)).as("per-node limiters trip Meta's limit").isPositive();
	}

	private static void sendFromEveryNode(List<WhatsAppRateLimiter> limiters, Function<Integer, String> recipient)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<CompletableFuture<?>> sends = new ArrayList<>();
			for (int node = 0; node < limiters.size(); node++) {
				WhatsAppTemplate template = WhatsAppTemplate
					.builder(SimulatorClients.client(simulator), simulator.phoneNumberId())
					.rateLimiter(limiters.get(node))
					.build();
				for (int i = 0; i < MESSAGES_PER_NODE; i++) {
					String to = recipient.apply(node * MESSAGES_PER_NODE + i);
					sends.add(CompletableFuture.runAsync(() -> {
						try {
							template.send(to, "hello");
						}
						catch (RuntimeException ex) {
							// counted at the simulator
						}
					}, pool));
				}
			}
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
