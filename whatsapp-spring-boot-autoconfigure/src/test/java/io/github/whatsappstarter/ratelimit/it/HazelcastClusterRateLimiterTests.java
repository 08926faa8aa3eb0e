package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.HazelcastMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.MessagingLimitExceededException;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Three embedded Hazelcast members on 127.0.0.1, each with its own limiter, share the limits.
 */
class HazelcastClusterRateLimiterTests {

	private static final RateLimitSettings SETTINGS = RateLimitSettings.defaults()
		.withThroughput(60, 0.1)
		.withPair(Duration.ofMillis(300), 2)
		.withMaxWait(Duration.ofSeconds(10));

	private static LoopbackHazelcast hazelcast;

	private static List<HazelcastInstance> members;

	@BeforeAll
	static void startCluster() {
		hazelcast = new LoopbackHazelcast("wa-cluster-limiter-tests", 5851);
		members = List.of(hazelcast.member(), hazelcast.member(), hazelcast.member());
		assertThat(members.get(0).getCluster().getMembers()).hasSize(3);
	}

	@AfterAll
	static void stopCluster() {
		hazelcast.close();
	}

	@Test
	void throughputHoldsInEverySlidingSecondAcrossMembers() throws Exception {
		List<BucketRateLimiter> limiters = members.stream().map((member) -> limiter(member, SETTINGS)).toList();
		Load load = Load.run(limiters, 2, Duration.ofMillis(1600), "shared-throughput", (i) -> "49" + i);
		assertThat(load.failures).isEmpty();
		Load.report("3 members, level 60/s (54 after the 10% margin), 6 threads, 1.6 s", load.grants);
		assertThat(load.grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(60);
		assertThat(load.grants.count()).as("more than one second's worth").isGreaterThan(54);
		assertThat(limiters).allSatisfy((limiter) -> {
			assertThat(limiter.getState()).isEqualTo(LimiterState.OK);
			assertThat(limiter.getMemberCount()).isEqualTo(3);
		});
	}

	@Test
	void independentLocalLimitersUnderTheSameLoadOvershoot() throws Exception {
		List<BucketRateLimiter> limiters = members.stream()
			.map((member) -> new BucketRateLimiter(new LocalBucketStore(), SETTINGS))
			.toList();
		Load load = Load.run(limiters, 2, Duration.ofMillis(1600), "local-throughput", (i) -> "49" + i);
		Load.report("3 independent local limiters, level 60/s each, 1.6 s", load.grants);
		assertThat(load.grants.maxInAnyWindow(Duration.ofSeconds(1))).isGreaterThan(100);
	}

	@Test
	void pairLimitHoldsAcrossMembers() throws Exception {
		List<BucketRateLimiter> limiters = members.stream().map((member) -> limiter(member, SETTINGS)).toList();
		Load load = Load.run(limiters, 1, Duration.ofMillis(1300), "shared-pair", (i) -> "4917000000001");
		assertThat(load.failures).isEmpty();
		// burst 2 + one per 300 ms: at most 2 + 2 in any 600 ms window
		assertThat(load.grants.maxInAnyWindow(Duration.ofMillis(600))).isLessThanOrEqualTo(4);
		assertThat(load.grants.count()).isBetween(4, 9);
	}

	@Test
	void pairFeedbackOnOneMemberDrainsThePairEverywhere() {
		RateLimitSettings failFast = SETTINGS.withPair(Duration.ofSeconds(10), 5).withMaxWait(Duration.ZERO);
		BucketRateLimiter first = limiter(members.get(0), failFast);
		BucketRateLimiter second = limiter(members.get(1), failFast);
		first.acquire("feedback", "4917000000009");
		first.onPairRateLimited("feedback", "4917000000009");
		assertThatExceptionOfType(io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException.class)
			.isThrownBy(() -> second.acquire("feedback", "4917000000009"));
	}

	@Test
	void messagingLimitIsCountedClusterWide() {
		MessagingLimitGuard first = new HazelcastMessagingLimitGuard(members.get(0), "tier-", 3, Duration.ofHours(24));
		MessagingLimitGuard second = new HazelcastMessagingLimitGuard(members.get(1), "tier-", 3, Duration.ofHours(24));
		first.checkAndRecord("100", "491");
		first.checkAndRecord("100", "492");
		second.checkAndRecord("100", "493");
		second.checkAndRecord("100", "491");
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> second.checkAndRecord("100", "494"));
		assertThatNoException().isThrownBy(() -> first.checkAndRecord("100", "492"));
	}

	@Test
	void aCooldownAfterA130429OnOneNodeHoldsTheSlotsAnotherNodeReservedBeforeIt() throws Exception {
		RateLimitSettings settings = SETTINGS.withThroughput(51, 0).withTimings(Duration.ofMillis(600), Duration.ofSeconds(1));
		BucketRateLimiter sawIt = limiter(members.get(0), settings);
		BucketRateLimiter reservedAhead = limiter(members.get(1), settings);
		try {
			// the second node reserves 50 slots ahead: a backlog of about one second
			List<Long> granted = new CopyOnWriteArrayList<>();
			List<CompletableFuture<Void>> permits = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				permits.add(reservedAhead.acquireThroughputAsync("cooldown-shared", "4918" + i)
					.whenComplete((ok, failure) -> granted.add(System.nanoTime())));
			}
			Thread.sleep(200);
			long limited = System.nanoTime();
			sawIt.onThroughputLimited("cooldown-shared");
			CompletableFuture.allOf(permits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
			long duringCooldown = granted.stream()
				.filter((t) -> t > limited + Duration.ofMillis(50).toNanos()
						&& t < limited + Duration.ofMillis(580).toNanos())
				.count();
			// without the published cool-down the other node's backlog keeps going out at 51/s: about 27 grants
			assertThat(duringCooldown).isZero();
			assertThat(granted).hasSize(50);
		}
		finally {
			sawIt.close();
			reservedAhead.close();
		}
	}

	static BucketRateLimiter limiter(HazelcastInstance instance, RateLimitSettings settings) {
		return new BucketRateLimiter(new HazelcastBucketStore(instance, "whatsapp-rate-limit", Duration.ofSeconds(2),
				Duration.ofMillis(500), 0), settings);
	}

}
