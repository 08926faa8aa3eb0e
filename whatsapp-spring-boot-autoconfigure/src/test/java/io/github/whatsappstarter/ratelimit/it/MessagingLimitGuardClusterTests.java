package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.HazelcastMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.MessagingLimitExceededException;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The messaging-limit guard on two members: nodes racing for the last places of a tier never
 * count more recipients than the tier, and a released recipient frees its place.
 */
class MessagingLimitGuardClusterTests {

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-messaging-limit-guard-tests", 5991);

	@AfterEach
	void stop() {
		this.hazelcast.close();
	}

	@Test
	void nodesRacingForTheLastPlacesNeverCountMoreRecipientsThanTheTier() throws Exception {
		List<HazelcastInstance> members = twoSettledMembers();
		List<MessagingLimitGuard> guards = members.stream()
			.map((member) -> (MessagingLimitGuard) new HazelcastMessagingLimitGuard(member, "race-", 40,
					Duration.ofHours(24)))
			.toList();
		AtomicInteger counted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<Void>> senders = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				MessagingLimitGuard guard = guards.get(t % 2);
				senders.add(CompletableFuture.runAsync(() -> {
					for (int i = 0; i < 20; i++) {
						try {
							if (guard.checkAndRecord("100", "4915" + next.incrementAndGet())) {
								counted.incrementAndGet();
							}
						}
						catch (MessagingLimitExceededException ex) {
							refused.incrementAndGet();
						}
					}
				}, threads));
			}
			CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(counted.get() + refused.get()).isEqualTo(160);
		assertThat(counted.get()).as("every place taken, none twice").isEqualTo(40);
		assertThat(members.get(0).getMap("race-100").size()).isEqualTo(counted.get());
	}

	@Test
	void recipientsLeaveTheCountWhenTheWindowHasPassedAndAMessagedRecipientStaysForItsNewWindow() throws Exception {
		List<HazelcastInstance> members = twoSettledMembers();
		Duration window = Duration.ofMillis(2880);
		MessagingLimitGuard first = new HazelcastMessagingLimitGuard(members.get(0), "window-", 2, window);
		MessagingLimitGuard second = new HazelcastMessagingLimitGuard(members.get(1), "window-", 2, window);
		assertThat(first.checkAndRecord("100", "491601")).isTrue();
		assertThat(second.checkAndRecord("100", "491602")).isTrue();
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> first.checkAndRecord("100", "491603"));
		Thread.sleep(1500);
		assertThat(second.checkAndRecord("100", "491601")).as("messaged again: its window starts anew").isFalse();
		Thread.sleep(1700);
		// 491602 has left the window; 491601, messaged again 1.7 s ago, still counts
		assertThat(first.checkAndRecord("100", "491603")).isTrue();
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> second.checkAndRecord("100", "491604"));
	}

	@Test
	void aGuardOnAClientCountsWithTheMembersWithoutClassesOfTheStarterOnThem() {
		HazelcastInstance member = this.hazelcast.member();
		settle(List.of(member));
		MessagingLimitGuard onMember = new HazelcastMessagingLimitGuard(member, "client-", 2, Duration.ofHours(24));
		MessagingLimitGuard onClient = new HazelcastMessagingLimitGuard(this.hazelcast.client(), "client-", 2,
				Duration.ofHours(24));
		assertThat(onClient.checkAndRecord("100", "491701")).isTrue();
		assertThat(onMember.checkAndRecord("100", "491701")).isFalse();
		assertThat(onMember.checkAndRecord("100", "491702")).isTrue();
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> onClient.checkAndRecord("100", "491703"));
		onClient.release("100", "491702");
		assertThat(onMember.checkAndRecord("100", "491703")).isTrue();
	}

	@Test
	void aReleasedRecipientFreesItsPlaceOnEveryNode() {
		List<HazelcastInstance> members = twoSettledMembers();
		MessagingLimitGuard first = new HazelcastMessagingLimitGuard(members.get(0), "release-", 1, Duration.ofHours(24));
		MessagingLimitGuard second = new HazelcastMessagingLimitGuard(members.get(1), "release-", 1,
				Duration.ofHours(24));
		assertThat(first.checkAndRecord("100", "491501")).isTrue();
		assertThat(first.checkAndRecord("100", "491501")).as("known recipients do not count again").isFalse();
		first.release("100", "491501");
		assertThat(second.checkAndRecord("100", "491502")).isTrue();
	}


	private List<HazelcastInstance> twoSettledMembers() {
		List<HazelcastInstance> members = List.of(this.hazelcast.member(), this.hazelcast.member());
		settle(members);
		return members;
	}

	/**
	 * Waits until a new cluster has assigned its partitions: the first map call of a fresh cluster
	 * on a cold JVM can take longer than the guard's 500 ms while it does, which is start-up, not
	 * what these tests are about.
	 */
	private static void settle(List<HazelcastInstance> members) {
		await().atMost(Duration.ofSeconds(30)).until(() -> members.stream()
			.allMatch((member) -> member.getCluster().getMembers().size() == members.size()
					&& member.getPartitionService().isClusterSafe()));
		members.forEach((member) -> member.getMap("warm-up").size());
	}

}
