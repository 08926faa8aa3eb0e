package io.github.whatsappstarter.ratelimit.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.HazelcastMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.webhook.HazelcastWebhookDeduplicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A member frozen in another process (SIGSTOP, as in a long GC pause or a stalled VM) that owns the
 * number's throughput bucket: a send waits at most the request timeout plus the fall-back's one
 * refill period, the next ones go out on the node's local share at once, and after SIGCONT the
 * limiter returns to the grid. Before the request timeout was applied, each send waited for
 * Hazelcast's 60 s call timeout.
 */
class FrozenMemberProcessTests {

	private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-frozen-member-" + UUID.randomUUID(), 5941);

	private ChildMember child;

	private BucketRateLimiter limiter;

	@AfterEach
	void stop() throws Exception {
		if (this.child != null) {
			this.child.signal("CONT");
			this.child.kill();
		}
		if (this.limiter != null) {
			this.limiter.close();
		}
		this.hazelcast.close();
	}

	@Test
	void aFrozenMemberStallsASendForAtMostTheRequestTimeoutAndTheGridIsUsedAgainAfterItThaws() throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/kill")) || Files.isExecutable(Path.of("/bin/kill")),
				"kill(1) sends SIGSTOP and SIGCONT to the member's process");
		this.child = ChildMember.start(clusterName(), 5941);
		UUID childMember = this.child.uuid();
		HazelcastInstance member = this.hazelcast.member();
		await().atMost(Duration.ofSeconds(30)).until(() -> member.getCluster().getMembers().size() == 2);
		this.limiter = new BucketRateLimiter(
				new HazelcastBucketStore(member, "wa-frozen", Duration.ofSeconds(2), REQUEST_TIMEOUT, 2),
				RateLimitSettings.defaults()
					.withThroughput(100, 0)
					.withMaxWait(Duration.ofSeconds(10))
					.withTimings(Duration.ofSeconds(1), Duration.ofMillis(200)));
		member.getMap("wa-frozen").size();
		await().atMost(Duration.ofSeconds(30)).until(() -> member.getPartitionService().isClusterSafe());
		String phoneNumberId = phoneNumberOwnedBy(member, childMember);
		this.limiter.acquire(phoneNumberId, "491000");
		assertThat(this.limiter.getState()).isEqualTo(LimiterState.OK);

		this.child.signal("STOP");
		long start = System.nanoTime();
		this.limiter.acquire(phoneNumberId, "491001");
		Duration firstSend = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("[figure] first send with a frozen member took " + firstSend.toMillis() + " ms");
		assertThat(firstSend).isLessThan(REQUEST_TIMEOUT.multipliedBy(2).plusSeconds(2));
		assertThat(this.limiter.getState()).isEqualTo(LimiterState.DEGRADED);
		start = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			this.limiter.acquire(phoneNumberId, "49110" + i);
		}
		Duration next20 = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("[figure] 20 more sends while frozen took " + next20.toMillis() + " ms");
		// the local share is 50/s: 20 sends need about 0.4 s, and none waits for the frozen member
		assertThat(next20).isLessThan(Duration.ofSeconds(2));

		// the webhook dedupe and the messaging-limit guard give up on a frozen owner as fast
		HazelcastWebhookDeduplicator dedupe = new HazelcastWebhookDeduplicator(member.getMap("wa-frozen-dedupe"),
				Duration.ofMinutes(10), Duration.ofMinutes(1), REQUEST_TIMEOUT);
		String update = keyOwnedBy(member, childMember, "wamid.");
		start = System.nanoTime();
		assertThatIllegalStateException().isThrownBy(() -> dedupe.claim(update));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST_TIMEOUT.multipliedBy(3));
		HazelcastMessagingLimitGuard guard = new HazelcastMessagingLimitGuard(member, "wa-frozen-tier-", 10,
				Duration.ofHours(24), REQUEST_TIMEOUT);
		String recipient = keyOwnedBy(member, childMember, "4919");
		start = System.nanoTime();
		assertThatIllegalStateException().isThrownBy(() -> guard.checkAndRecord("100", recipient));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REQUEST_TIMEOUT.multipliedBy(3));

		this.child.signal("CONT");
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			this.limiter.acquire(phoneNumberId, "49" + System.nanoTime());
			assertThat(this.limiter.getState()).isEqualTo(LimiterState.OK);
		});
	}

	private String clusterName() {
		return this.hazelcast.config().getClusterName();
	}

	private static String keyOwnedBy(HazelcastInstance member, UUID owner, String prefix) {
		for (int i = 0; i < 10_000; i++) {
			String key = prefix + i;
			if (owner.equals(member.getPartitionService().getPartition(key).getOwner().getUuid())) {
				return key;
			}
		}
		throw new IllegalStateException("no key owned by the child member");
	}

	private static String phoneNumberOwnedBy(HazelcastInstance member, UUID owner) {
		for (int i = 0; i < 10_000; i++) {
			String phoneNumberId = "1000000" + i;
			if (owner.equals(member.getPartitionService()
				.getPartition("throughput:" + phoneNumberId)
				.getOwner()
				.getUuid())) {
				return phoneNumberId;
			}
		}
		throw new IllegalStateException("no key owned by the child member");
	}

}
