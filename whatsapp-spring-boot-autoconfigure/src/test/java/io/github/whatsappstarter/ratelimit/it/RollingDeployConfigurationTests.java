package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.GrantRecorder;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling deploy that lowers the limit: a node started with the new configuration takes over the
 * shape of a shared bucket that another node keeps busy, instead of the bucket keeping the old
 * limit for as long as it never expires.
 */
class RollingDeployConfigurationTests {

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-rolling-deploy-tests", 6001);

	private BucketRateLimiter oldNode;

	private BucketRateLimiter newNode;

	@AfterEach
	void stop() {
		if (this.oldNode != null) {
			this.oldNode.close();
		}
		if (this.newNode != null) {
			this.newNode.close();
		}
		this.hazelcast.close();
	}

	@Test
	void aNodeStartedWithALowerLimitLowersTheBusySharedBucketForEveryNode() throws Exception {
		HazelcastInstance first = this.hazelcast.member();
		HazelcastInstance second = this.hazelcast.member();
		this.oldNode = limiter(first, 60);
		GrantRecorder grants = new GrantRecorder();
		long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
		CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
			int i = 0;
			while (System.nanoTime() < until) {
				this.oldNode.acquire("100", "4980" + i++);
				grants.record();
			}
		});
		Thread.sleep(1500);
		this.newNode = limiter(second, 20);
		this.newNode.acquire("100", "4981");
		long deployed = System.nanoTime();
		load.get(20, TimeUnit.SECONDS);
		// before: the old limit; from one second after the new node's first send: the new one
		assertThat(grants.count() - grants.countAfter(deployed)).isGreaterThan(60);
		long settled = deployed + Duration.ofSeconds(1).toNanos();
		long afterSettled = grants.countAfter(settled);
		double seconds = (until - settled) / 1e9;
		System.out.println("[figure] rolling deploy: " + afterSettled + " grants in " + seconds + " s after the new node");
		assertThat(afterSettled).isLessThanOrEqualTo((long) Math.ceil(20 * seconds) + 2);
	}

	private static BucketRateLimiter limiter(HazelcastInstance member, int limit) {
		return new BucketRateLimiter(
				new HazelcastBucketStore(member, "wa-rolling", Duration.ofSeconds(2), Duration.ofMillis(500), 2),
				RateLimitSettings.defaults().withThroughput(limit, 0).withMaxWait(Duration.ofSeconds(10)));
	}

}
