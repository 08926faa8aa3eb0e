package io.github.whatsappstarter.ratelimit.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.GrantRecorder;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The member that owns the number's throughput bucket runs in another process and is killed with
 * SIGKILL in the middle of a load, then started again: sends go on (none waits longer than the
 * request timeout plus one refill period), no second holds more than the limit, and the node ends
 * on the grid with the restarted member back in the cluster.
 */
class KilledMemberProcessTests {

	private static final int PORT = 5951;

	private static final int LIMIT = 40;

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-killed-member-" + UUID.randomUUID(), PORT);

	private final List<Process> children = new ArrayList<>();

	private BucketRateLimiter limiter;

	@AfterEach
	void stop() throws Exception {
		for (Process child : this.children) {
			child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		if (this.limiter != null) {
			this.limiter.close();
		}
		this.hazelcast.close();
	}

	@Test
	void sendsGoOnWithinTheLimitWhenTheOwningMemberIsKilledAndComeBackToTheGridAfterItsRestart() throws Exception {
		Process first = startChild();
		UUID childMember = ready(first);
		HazelcastInstance member = this.hazelcast.member();
		await().atMost(Duration.ofSeconds(30)).until(() -> member.getCluster().getMembers().size() == 2);
		this.limiter = new BucketRateLimiter(
				new HazelcastBucketStore(member, "wa-killed", Duration.ofSeconds(2), Duration.ofMillis(500), 1),
				RateLimitSettings.defaults()
					.withThroughput(LIMIT, 0)
					.withMaxWait(Duration.ofSeconds(10))
					.withTimings(Duration.ofSeconds(1), Duration.ofMillis(200)));
		member.getMap("wa-killed").size();
		await().atMost(Duration.ofSeconds(30)).until(() -> member.getPartitionService().isClusterSafe());
		String phoneNumberId = phoneNumberOwnedBy(member, childMember);

		GrantRecorder grants = new GrantRecorder();
		AtomicLong slowest = new AtomicLong();
		long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
		CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
			int i = 0;
			while (System.nanoTime() < until) {
				long start = System.nanoTime();
				this.limiter.acquire(phoneNumberId, "4970" + i++);
				slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
				grants.record();
			}
		});
		Thread.sleep(2000);
		long killedAt = System.nanoTime();
		first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		Thread.sleep(2000);
		Process second = startChild();
		ready(second);
		load.get(30, TimeUnit.SECONDS);

		System.out.println("[figure] killed member: " + grants.count() + " grants in 8 s at " + LIMIT
				+ "/s, max " + grants.maxInAnyWindow(Duration.ofSeconds(1)) + " in a second, slowest acquire "
				+ Duration.ofNanos(slowest.get()).toMillis() + " ms, " + grants.countAfter(killedAt) + " after the kill");
		assertThat(Duration.ofNanos(slowest.get())).isLessThan(Duration.ofMillis(500 + 1020 + 1500));
		assertThat(grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(LIMIT);
		assertThat(grants.countAfter(killedAt)).as("sends go on after the kill").isGreaterThan(LIMIT * 3);
		await().atMost(Duration.ofSeconds(30)).until(() -> member.getCluster().getMembers().size() == 2);
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			this.limiter.acquire(phoneNumberId, "49" + System.nanoTime());
			assertThat(this.limiter.getState()).isEqualTo(LimiterState.OK);
		});
	}

	private Process startChild() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				GridMemberProcess.class.getName(), this.hazelcast.config().getClusterName(), String.valueOf(PORT));
		builder.redirectErrorStream(true);
		Process child = builder.start();
		this.children.add(child);
		return child;
	}

	private static UUID ready(Process child) {
		BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		String ready = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("READY ")) {
						return line.substring("READY ".length()).trim();
					}
				}
				return null;
			}
			catch (IOException ex) {
				return null;
			}
		}).completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
		assertThat(ready).as("the child member started").isNotNull();
		CompletableFuture.runAsync(() -> {
			try {
				while (out.readLine() != null) {
					// keep draining so the child never blocks on a full pipe
				}
			}
			catch (IOException ex) {
				// the child is gone
			}
		});
		return UUID.fromString(ready);
	}

	private static String phoneNumberOwnedBy(HazelcastInstance member, UUID owner) {
		for (int i = 0; i < 10_000; i++) {
			String phoneNumberId = "2000000" + i;
			if (owner.equals(member.getPartitionService().getPartition("throughput:" + phoneNumberId).getOwner()
				.getUuid())) {
				return phoneNumberId;
			}
		}
		throw new IllegalStateException("no key owned by the child member");
	}

}
