package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.it.ChildMember;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three nodes in three JVMs on loopback (this one and two children), a campaign started on a child
 * that is killed with SIGKILL in the middle: a survivor takes the campaign over within the lease
 * and finishes it, every recipient gets the message (the simulator's records), and only the sends
 * in flight at the kill (at most max-in-flight) go out twice.
 */
class CampaignCrashProcessTests {

	private static final int PORT = 6101;

	private static final int RECIPIENTS = 1500;

	private static final int RATE = 300;

	private static final int MAX_IN_FLIGHT = 32;

	private static final long LEASE_MILLIS = 2000;

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-campaign-crash-" + UUID.randomUUID(), PORT);

	private final List<ChildMember> children = new ArrayList<>();

	private WhatsAppSimulator simulator;

	private CampaignNode node;

	static String recipient(int i) {
		return "1555" + (4000000 + i);
	}

	@AfterEach
	void stop() throws Exception {
		for (ChildMember child : this.children) {
			child.kill();
		}
		if (this.node != null) {
			this.node.close();
		}
		this.hazelcast.close();
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	@Test
	void aSurvivorFinishesTheCampaignOfAKilledNodeAndOnlySendsInFlightAtTheKillGoOutTwice() throws Exception {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(1000)
			.latency(Latency.fixed(Duration.ofMillis(50)))
			.build());
		HazelcastInstance member = this.hazelcast.member();
		this.node = new CampaignNode(member, this.simulator.baseUrl(), this.simulator.accessToken(),
				this.simulator.phoneNumberId(), RATE, new CampaignSettings(MAX_IN_FLIGHT, Duration.ZERO, 10)
					.withLease(Duration.ofMillis(LEASE_MILLIS), 100));
		child(0);
		ChildMember starter = child(RECIPIENTS);
		await().atMost(Duration.ofSeconds(60)).until(() -> this.node.campaigns.listAll().size() == 1);
		CampaignHandle campaign = this.node.campaigns.listAll().get(0);
		String id = campaign.id();
		CampaignRecord started = this.node.store.record(id);
		assertThat(started.owner()).isNotEqualTo(null);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> this.simulator.recorder().acceptedCount() >= RECIPIENTS * 2 / 5);
		long killedAt = System.nanoTime();
		starter.kill();
		long acceptedAtKill = this.simulator.recorder().acceptedCount();

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.node.store.record(id).epoch() > started.epoch());
		Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
		CampaignReport report = this.node.campaigns.get(id).orElseThrow().completion().get(60, TimeUnit.SECONDS);

		Map<String, Long> perRecipient = this.simulator.recorder()
			.records(RequestRecord::accepted)
			.stream()
			.collect(Collectors.groupingBy(RequestRecord::recipient, Collectors.counting()));
		long accepted = this.simulator.recorder().acceptedCount();
		long duplicates = accepted - perRecipient.size();
		System.out.println("[figure] campaign crash: " + RECIPIENTS + " recipients, node killed after "
				+ acceptedAtKill + " accepted, takeover after " + takeover.toMillis() + " ms (lease "
				+ LEASE_MILLIS + " ms), " + accepted + " accepted, " + duplicates + " sent twice (bound: max-in-flight "
				+ MAX_IN_FLIGHT + ")");
		assertThat(report.status()).isEqualTo(CampaignStatus.COMPLETED);
		assertThat(report.sent()).isEqualTo(RECIPIENTS);
		assertThat(report.failed()).isZero();
		assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(
				java.util.stream.IntStream.range(0, RECIPIENTS).mapToObj(CampaignCrashProcessTests::recipient).toList());
		assertThat(duplicates).isLessThanOrEqualTo(MAX_IN_FLIGHT);
		assertThat(perRecipient.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(2));
		assertThat(takeover).isLessThan(Duration.ofMillis(LEASE_MILLIS + 3000));
		assertThat(this.node.campaigns.get(id).orElseThrow().progress().finished()).isTrue();
	}

	private ChildMember child(int recipients) throws Exception {
		ChildMember child = ChildMember.start(CampaignNodeProcess.class, this.hazelcast.config().getClusterName(),
				String.valueOf(PORT), this.simulator.baseUrl(), this.simulator.accessToken(),
				this.simulator.phoneNumberId(), String.valueOf(RATE), String.valueOf(MAX_IN_FLIGHT),
				String.valueOf(LEASE_MILLIS), String.valueOf(recipients), "3");
		this.children.add(child);
		return child;
	}


}
