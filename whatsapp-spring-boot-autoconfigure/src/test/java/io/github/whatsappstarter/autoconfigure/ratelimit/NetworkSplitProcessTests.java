package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.GrantRecorder;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.it.ChildMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A running cluster of three embedded members (two in this JVM, each with a limiter node, one in a
 * child process) has its network split and healed under load: member 0 alone on one side, members
 * 1 and 2 on the other. With split-brain protection at a majority, the lone member's node falls back
 * to its local share while the majority keeps the grid, so no second holds more than
 * {@code L × (1 + 1/3)}; after the heal the members merge and both nodes end on the grid. Without
 * protection each side spends a whole budget. The network is split by {@link PartitionableNetwork}, a
 * relay between the members that closes the connections crossing the split.
 */
class NetworkSplitProcessTests {

	private static final int BASE = 6201;

	private static final int LIMIT = 60;

	private static final String MAP = "wa-split";

	private final String clusterName = "wa-network-split-" + UUID.randomUUID();

	private final List<HazelcastInstance> members = new ArrayList<>();

	private final List<BucketRateLimiter> limiters = new ArrayList<>();

	private PartitionableNetwork network;

	private int minSize;

	private ChildMember child;

	@AfterEach
	void stop() throws Exception {
		this.limiters.forEach(BucketRateLimiter::close);
		if (this.child != null) {
			this.child.kill();
		}
		this.members.forEach((member) -> member.getLifecycleService().terminate());
		if (this.network != null) {
			this.network.close();
		}
	}

	@Test
	void aLoneMemberSpendsOnlyItsShareDuringASplitAndBothSidesReturnToTheGridAfterTheHeal() throws Exception {
		SplitRun run = splitAndHealUnderLoad(2);
		assertThat(run.degradedDuringSplit()).as("the lone member's node fell back to its share").isTrue();
		assertThat(run.maxInSecond()).isLessThanOrEqualTo(LIMIT + LIMIT / 3);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			for (BucketRateLimiter limiter : this.limiters) {
				limiter.acquire(run.phoneNumberId(), "49" + System.nanoTime());
				assertThat(limiter.getState()).isEqualTo(LimiterState.OK);
			}
		});
	}

	@Test
	void withoutSplitBrainProtectionEachSideOfASplitSpendsAWholeBudget() throws Exception {
		SplitRun run = splitAndHealUnderLoad(0);
		assertThat(run.maxInSecond()).isGreaterThan(LIMIT + LIMIT / 3);
	}

	private SplitRun splitAndHealUnderLoad(int splitBrainProtectionMinSize) throws Exception {
		this.minSize = splitBrainProtectionMinSize;
		this.network = PartitionableNetwork.open(BASE, 3);
		HazelcastInstance lone = member(0);
		HazelcastInstance majority = member(1);
		this.child = ChildMember.start(SplitMemberProcess.class, this.clusterName, String.valueOf(BASE), "3", "2",
				String.valueOf(splitBrainProtectionMinSize), MAP);
		await().atMost(Duration.ofSeconds(60)).until(() -> lone.getCluster().getMembers().size() == 3
				&& majority.getCluster().getMembers().size() == 3);
		BucketRateLimiter loneLimiter = limiter(lone);
		BucketRateLimiter majorityLimiter = limiter(majority);
		await().atMost(Duration.ofSeconds(30)).until(() -> lone.getPartitionService().isClusterSafe());
		// the lone member owns the number's bucket: the harder case, the majority loses it at the split
		String phoneNumberId = phoneNumberOwnedBy(lone);
		loneLimiter.acquire(phoneNumberId, "4980");
		majorityLimiter.acquire(phoneNumberId, "4981");

		GrantRecorder all = new GrantRecorder();
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		AtomicLong slowest = new AtomicLong();
		AtomicBoolean loneDegraded = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService load = Executors.newFixedThreadPool(7);
		AtomicInteger sequence = new AtomicInteger();
		for (BucketRateLimiter limiter : this.limiters) {
			for (int t = 0; t < 3; t++) {
				load.execute(() -> {
					while (!stop.get()) {
						long start = System.nanoTime();
						try {
							limiter.acquire(phoneNumberId, "4982" + sequence.incrementAndGet());
							all.record();
						}
						catch (Throwable ex) {
							failures.add(ex);
						}
						slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
					}
				});
			}
		}
		load.execute(() -> {
			while (!stop.get()) {
				if (loneLimiter.getState() == LimiterState.DEGRADED) {
					loneDegraded.set(true);
				}
				sleep(50);
			}
		});

		Thread.sleep(3000);
		long splitAt = System.nanoTime();
		this.network.split(Set.of(0));
		await().atMost(Duration.ofSeconds(20)).until(() -> lone.getCluster().getMembers().size() == 1
				&& majority.getCluster().getMembers().size() == 2);
		long separatedAfter = System.nanoTime() - splitAt;
		Thread.sleep(4000);
		boolean degradedDuringSplit = loneDegraded.get();
		long healAt = System.nanoTime();
		this.network.heal();
		await().atMost(Duration.ofSeconds(60)).until(() -> lone.getCluster().getMembers().size() == 3
				&& majority.getCluster().getMembers().size() == 3);
		long mergedAfter = System.nanoTime() - healAt;
		Thread.sleep(3000);
		stop.set(true);
		load.shutdown();
		assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		int maxInSecond = all.maxInAnyWindow(Duration.ofSeconds(1));
		System.out.println("[figure] network split and heal at " + LIMIT + "/s, split-brain protection min size "
				+ splitBrainProtectionMinSize + ": " + all.count() + " grants, max " + maxInSecond
				+ " in a second (bound with protection " + (LIMIT + LIMIT / 3) + "), sides apart after "
				+ Duration.ofNanos(separatedAfter).toMillis() + " ms, merged " + Duration.ofNanos(mergedAfter).toMillis()
				+ " ms after the heal, slowest acquire " + Duration.ofNanos(slowest.get()).toMillis() + " ms, "
				+ all.countAfter(splitAt) + " grants after the split, " + all.countAfter(healAt) + " after the heal");
		assertThat(this.network.unknownOrigins()).as("every relayed connection came from a known member").isZero();
		assertThat(failures).isEmpty();
		assertThat(Duration.ofNanos(slowest.get())).isLessThan(Duration.ofMillis(500 + 1020 + 1500));
		assertThat(all.countAfter(healAt)).as("sends go on after the heal").isGreaterThan(LIMIT * 2);
		return new SplitRun(phoneNumberId, degradedDuringSplit, maxInSecond);
	}

	private HazelcastInstance member(int index) {
		HazelcastInstance member = Hazelcast.newHazelcastInstance(this.network.configure(
				EmbeddedHazelcastConfigFactory.create(SplitMemberProcess.properties(this.clusterName, BASE, this.minSize, MAP)),
				index));
		this.members.add(member);
		return member;
	}

	private BucketRateLimiter limiter(HazelcastInstance member) {
		BucketRateLimiter limiter = new BucketRateLimiter(
				new HazelcastBucketStore(member, MAP, Duration.ofSeconds(2), Duration.ofMillis(500), 3),
				RateLimitSettings.defaults()
					.withThroughput(LIMIT, 0)
					.withMaxWait(Duration.ofSeconds(10))
					.withTimings(Duration.ofSeconds(1), Duration.ofMillis(200)));
		this.limiters.add(limiter);
		return limiter;
	}

	private static String phoneNumberOwnedBy(HazelcastInstance member) {
		UUID owner = member.getCluster().getLocalMember().getUuid();
		for (int i = 0; i < 10_000; i++) {
			String phoneNumberId = "3000000" + i;
			if (owner.equals(member.getPartitionService().getPartition("throughput:" + phoneNumberId).getOwner()
				.getUuid())) {
				return phoneNumberId;
			}
		}
		throw new IllegalStateException("no key owned by the lone member");
	}

	private record SplitRun(String phoneNumberId, boolean degradedDuringSplit, int maxInSecond) {
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
