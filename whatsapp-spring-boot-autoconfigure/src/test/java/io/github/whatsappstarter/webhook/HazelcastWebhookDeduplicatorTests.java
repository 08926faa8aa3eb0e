package io.github.whatsappstarter.webhook;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HazelcastWebhookDeduplicatorTests {

	private static LoopbackHazelcast hazelcast;

	private static HazelcastInstance memberA;

	private static HazelcastInstance memberB;

	@BeforeAll
	static void startCluster() {
		String cluster = "wa-webhook-" + System.nanoTime();
		hazelcast = new LoopbackHazelcast(cluster, 5971);
		memberA = hazelcast.member();
		memberB = hazelcast.member();
	}

	@AfterAll
	static void stopCluster() {
		hazelcast.close();
	}

	@Test
	void aKeySeenOnOneMemberIsADuplicateOnTheOther() {
		assertThat(memberA.getCluster().getMembers()).hasSize(2);
		HazelcastWebhookDeduplicator onA = new HazelcastWebhookDeduplicator(memberA.getMap("dedupe-shared"), Duration.ofMinutes(1));
		HazelcastWebhookDeduplicator onB = new HazelcastWebhookDeduplicator(memberB.getMap("dedupe-shared"), Duration.ofMinutes(1));
		for (int i = 0; i < 50; i++) {
			assertThat(onA.markSeen("status:wamid." + i + ":sent")).isTrue();
		}
		for (int i = 0; i < 50; i++) {
			assertThat(onB.isSeen("status:wamid." + i + ":sent")).isTrue();
			assertThat(onB.markSeen("status:wamid." + i + ":sent")).isFalse();
		}
		assertThat(onB.isSeen("status:wamid.x:sent")).isFalse();
	}

	@Test
	void aClaimOnOneMemberHoldsOffTheOtherUntilItIsMarkedSeenOrReleased() {
		HazelcastWebhookDeduplicator onA = new HazelcastWebhookDeduplicator(memberA.getMap("dedupe-claims"),
				Duration.ofMinutes(1), Duration.ofSeconds(30));
		HazelcastWebhookDeduplicator onB = new HazelcastWebhookDeduplicator(memberB.getMap("dedupe-claims"),
				Duration.ofMinutes(1), Duration.ofSeconds(30));
		assertThat(onA.claim("message:wamid.C")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		assertThat(onB.claim("message:wamid.C")).isEqualTo(WebhookDeduplicator.Claim.IN_PROGRESS);
		onA.release("message:wamid.C");
		assertThat(onB.claim("message:wamid.C")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		assertThat(onB.markSeen("message:wamid.C")).isTrue();
		onB.release("message:wamid.C");
		assertThat(onA.claim("message:wamid.C")).isEqualTo(WebhookDeduplicator.Claim.SEEN);
	}

	@Test
	void theClaimOfANodeThatNeverFinishedLapses() {
		HazelcastWebhookDeduplicator deduplicator = new HazelcastWebhookDeduplicator(memberA.getMap("dedupe-lapse"),
				Duration.ofMinutes(1), Duration.ofSeconds(3));
		assertThat(deduplicator.claim("message:wamid.L")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		await().atMost(Duration.ofSeconds(10)).until(() -> !deduplicator.isSeen("message:wamid.L"));
		assertThat(deduplicator.claim("message:wamid.L")).isEqualTo(WebhookDeduplicator.Claim.NEW);
	}

	@Test
	void forgetsKeysAfterTheTimeToLive() {
		// Hazelcast keeps TTLs at about one-second granularity: a 1 s TTL may lapse at once, so use 3 s
		HazelcastWebhookDeduplicator deduplicator = new HazelcastWebhookDeduplicator(memberA.getMap("dedupe-ttl"),
				Duration.ofSeconds(3));
		assertThat(deduplicator.markSeen("message:wamid.T")).isTrue();
		assertThat(deduplicator.markSeen("message:wamid.T")).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> !deduplicator.isSeen("message:wamid.T"));
		assertThat(deduplicator.markSeen("message:wamid.T")).isTrue();
	}

}
