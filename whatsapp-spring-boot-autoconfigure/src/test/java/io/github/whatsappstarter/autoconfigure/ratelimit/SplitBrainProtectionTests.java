package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Split-brain protection on the embedded members' rate-limit map: a member left on a side smaller
 * than the configured size (here the last of three) gets refused by its map, so its limiter falls
 * back to its local share instead of spending the whole budget of its own; without protection it
 * keeps the full budget.
 */
class SplitBrainProtectionTests {

	private static final int PORT = 5931;

	private final List<HazelcastInstance> members = new ArrayList<>();

	private BucketRateLimiter limiter;

	@AfterEach
	void stop() {
		if (this.limiter != null) {
			this.limiter.close();
		}
		this.members.forEach((member) -> member.getLifecycleService().terminate());
	}

	@Test
	void aMemberLeftInAMinorityFallsBackToItsLocalShare() {
		HazelcastInstance survivor = clusterOfThreeLeavingOne(2);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			this.limiter.acquire("100", "49" + System.nanoTime());
			assertThat(this.limiter.getState()).isEqualTo(LimiterState.DEGRADED);
		});
		assertThat(survivor.getCluster().getMembers()).hasSize(1);
	}

	@Test
	void withoutProtectionTheLastMemberKeepsTheWholeBudget() throws Exception {
		clusterOfThreeLeavingOne(0);
		for (int i = 0; i < 20; i++) {
			this.limiter.acquire("100", "4960" + i);
		}
		Thread.sleep(1000);
		this.limiter.acquire("100", "4961");
		assertThat(this.limiter.getState()).isEqualTo(LimiterState.OK);
	}

	private HazelcastInstance clusterOfThreeLeavingOne(int splitBrainProtectionMinSize) {
		WhatsAppRateLimitProperties.Hazelcast properties = new WhatsAppRateLimitProperties.Hazelcast();
		WhatsAppRateLimitProperties.Embedded member = properties.getEmbedded();
		member.setClusterName("wa-split-brain-" + UUID.randomUUID());
		member.setPort(PORT);
		member.setNetworkInterface("127.0.0.1");
		member.setMembers(List.of("127.0.0.1:" + PORT, "127.0.0.1:" + (PORT + 1), "127.0.0.1:" + (PORT + 2)));
		member.setSplitBrainProtectionMinSize(splitBrainProtectionMinSize);
		for (int i = 0; i < 3; i++) {
			this.members.add(Hazelcast.newHazelcastInstance(EmbeddedHazelcastConfigFactory.create(properties)));
		}
		HazelcastInstance survivor = this.members.get(0);
		await().atMost(Duration.ofSeconds(30)).until(() -> survivor.getCluster().getMembers().size() == 3);
		this.limiter = new BucketRateLimiter(
				new HazelcastBucketStore(survivor, properties.getMapName(), Duration.ofSeconds(2),
						Duration.ofMillis(500), 3),
				RateLimitSettings.defaults()
					.withThroughput(60, 0)
					.withMaxWait(Duration.ofSeconds(10))
					.withTimings(Duration.ofSeconds(1), Duration.ofMillis(200)));
		this.limiter.acquire("100", "4950");
		assertThat(this.limiter.getState()).isEqualTo(LimiterState.OK);
		this.members.get(1).getLifecycleService().terminate();
		this.members.get(2).getLifecycleService().terminate();
		await().atMost(Duration.ofSeconds(20)).until(() -> survivor.getCluster().getMembers().size() == 1);
		return survivor;
	}

}
