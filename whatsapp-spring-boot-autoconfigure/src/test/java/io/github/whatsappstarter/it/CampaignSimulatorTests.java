package io.github.whatsappstarter.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.whatsappstarter.campaign.CampaignCompletedEvent;
import io.github.whatsappstarter.campaign.CampaignFailure;
import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignProgress;
import io.github.whatsappstarter.campaign.CampaignProgressEvent;
import io.github.whatsappstarter.campaign.CampaignReport;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Campaigns against the simulator with scaled limits: staggering, limits, progress, cancel and
 * deadlines, checked from what the simulator recorded.
 */
class CampaignSimulatorTests {

	private static final Duration SIM_PAIR_INTERVAL = Duration.ofMillis(500);

	private static final Duration LIMITER_PAIR_INTERVAL = Duration.ofMillis(700);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<Object> events = Collections.synchronizedList(new ArrayList<>());

	private WhatsAppSimulator simulator;

	private BucketRateLimiter limiter;

	private WhatsAppTemplate template;

	private WhatsAppCampaigns campaigns;

	@AfterEach
	void stop() {
		if (this.campaigns != null) {
			this.campaigns.close();
		}
		if (this.template != null) {
			this.template.close();
		}
		if (this.limiter != null) {
			this.limiter.close();
		}
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	private WhatsAppCampaigns campaigns(int simulatorThroughput, int limiterThroughput) {
		return campaigns(simulatorThroughput, limiterThroughput, 64);
	}

	private WhatsAppCampaigns campaigns(int simulatorThroughput, int limiterThroughput, int maxInFlight) {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(simulatorThroughput)
			.pairBurst(1)
			.pairInterval(SIM_PAIR_INTERVAL)
			.build());
		// a 20% margin absorbs the jitter between a permit and the request's arrival on a loaded machine
		this.limiter = new BucketRateLimiter(new LocalBucketStore(), RateLimitSettings.defaults()
			.withThroughput(limiterThroughput, 0.2)
			.withPair(LIMITER_PAIR_INTERVAL, 1)
			.withMaxWait(Duration.ofSeconds(30)));
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.rateLimiter(this.limiter)
			.build();
		this.campaigns = new WhatsAppCampaigns(this.template,
				new CampaignSettings(maxInFlight, Duration.ofMillis(200), 10),
				this.events::add);
		return this.campaigns;
	}

	private static List<String> recipients(int count) {
		return IntStream.range(0, count).mapToObj((i) -> "1555" + (2000000 + i)).toList();
	}

	private static int messagesFor(String recipient) {
		int n = Integer.parseInt(recipient.substring(recipient.length() - 2));
		return (n % 10 == 0) ? 3 : (n % 10 == 5) ? 2 : 1;
	}

	@Test
	void largeCampaignStaggersRecipientsAndStaysWithinEveryLimit() {
		WhatsAppCampaigns campaigns = campaigns(400, 400);
		List<String> recipients = recipients(2000);
		CampaignHandle handle = campaigns.campaign()
			.name("large")
			.recipients(recipients)
			.messages((to) -> IntStream.rangeClosed(1, messagesFor(to))
				.mapToObj((k) -> WhatsAppMessage.text(to, k + "/" + messagesFor(to)))
				.toList())
			.start();
		int total = recipients.stream().mapToInt(CampaignSimulatorTests::messagesFor).sum();
		assertThat(campaigns.get(handle.id())).containsSame(handle);
		await().atMost(Duration.ofSeconds(30)).until(() -> handle.progress().sent() > 100);
		CampaignProgress midway = handle.progress();
		assertThat(midway.total()).isEqualTo(total);
		assertThat(midway.pending()).isPositive();
		assertThat(midway.ratePerSecond()).isPositive();
		assertThat(midway.eta()).isNotNull();

		CampaignReport report = handle.completion().orTimeout(60, TimeUnit.SECONDS).join();

		// every message ends sent or failed with a reason: say which reasons when some failed
		assertThat(report.sent() + report.failed()).isEqualTo(total);
		assertThat(report.failed()).as("failed messages by reason: %s", report.failureReasons()).isZero();
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(total);
		assertThat(this.simulator.recorder().countErrorCode(130429)).isZero();
		assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();
		List<RequestRecord> accepted = this.simulator.recorder()
			.records(RequestRecord::accepted)
			.stream()
			.sorted((a, b) -> Long.compare(a.nanoTime(), b.nanoTime()))
			.toList();
		assertEveryRecipientGotItsMessagesInOrder(accepted);
		assertNoRecipientGotTwoInARowWhileAnotherWaited(accepted);
		assertThat(this.events).filteredOn(CampaignProgressEvent.class::isInstance).isNotEmpty();
		assertThat(this.events).filteredOn(CampaignCompletedEvent.class::isInstance)
			.singleElement()
			.satisfies((event) -> assertThat(((CampaignCompletedEvent) event).getReport()).isEqualTo(report));
		assertThat(handle.progress().finished()).isTrue();
	}

	@Test
	void cancelEndsEveryRemainingMessageAsCancelledAndNothingIsSentAfterwards() {
		WhatsAppCampaigns campaigns = campaigns(200, 125);
		CampaignHandle handle = campaigns.campaign()
			.recipients(recipients(400))
			.message((to) -> WhatsAppMessage.text(to, "offer"))
			.start();
		await().atMost(Duration.ofSeconds(20)).until(() -> handle.progress().sent() >= 30);
		assertThat(handle.cancel()).isTrue();
		CampaignReport report = handle.completion().orTimeout(20, TimeUnit.SECONDS).join();
		assertThat(report.cancelled()).isTrue();
		assertThat(report.sent() + report.failed()).isEqualTo(400);
		assertThat(report.failures()).extracting(CampaignFailure::reason).containsOnly(CampaignFailure.CANCELLED);
		assertThat(report.failed()).isGreaterThan(200);
		long acceptedAtEnd = this.simulator.recorder().acceptedCount();
		assertThat(acceptedAtEnd).isEqualTo(report.sent());
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> this.simulator.recorder().acceptedCount() == acceptedAtEnd);
	}

	@Test
	void cancelWithdrawsTheSendsStillWaitingForTheirSlotInsteadOfLettingThemGoOut() {
		// 300 sends in flight against 20 permits a second: most wait in the limiter, seconds ahead
		WhatsAppCampaigns campaigns = campaigns(200, 25, 300);
		CampaignHandle handle = campaigns.campaign()
			.recipients(recipients(300))
			.message((to) -> WhatsAppMessage.text(to, "offer"))
			.start();
		await().atMost(Duration.ofSeconds(20)).until(() -> handle.progress().sent() >= 10);
		assertThat(handle.cancel()).isTrue();
		CampaignReport report = handle.completion().orTimeout(20, TimeUnit.SECONDS).join();
		long acceptedAtEnd = this.simulator.recorder().acceptedCount();
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> this.simulator.recorder().acceptedCount() == acceptedAtEnd);
		assertThat(report.sent()).isEqualTo(acceptedAtEnd);
		// the 0.1.0 campaign let every dispatched send go out after cancel(): here up to 300
		assertThat(report.sent()).isLessThan(20);
		assertThat(report.failures()).extracting(CampaignFailure::reason).containsOnly(CampaignFailure.CANCELLED);
		assertThat(report.sent() + report.failed()).isEqualTo(300);
	}

	@Test
	void deadlineFailsMessagesThatCouldNotGoOutInTimeInsteadOfSendingThemLate() {
		WhatsAppCampaigns campaigns = campaigns(200, 125);
		Instant start = Instant.now();
		Duration deadline = Duration.ofMillis(1500);
		CampaignHandle handle = campaigns.campaign()
			.recipients(recipients(400))
			.message((to) -> WhatsAppMessage.text(to, "flash sale"))
			.deadline(deadline)
			.start();
		CampaignReport report = handle.completion().orTimeout(20, TimeUnit.SECONDS).join();
		assertThat(report.sent()).isPositive();
		assertThat(report.failed()).isPositive();
		assertThat(report.sent() + report.failed()).isEqualTo(400);
		assertThat(report.failures()).extracting(CampaignFailure::reason)
			.containsOnly(CampaignFailure.DEADLINE_EXCEEDED);
		assertThat(this.simulator.recorder().acceptedCount()).isEqualTo(report.sent());
		// checked just before the HTTP call: arrival may trail the check by the request's transit only
		Instant latestAllowed = start.plus(deadline).plusMillis(100);
		assertThat(this.simulator.recorder().records())
			.allSatisfy((record) -> assertThat(record.receivedAt()).isBefore(latestAllowed));
	}

	@Test
	void recipientWhoseMessageCannotBeBuiltFailsWithTheReason() {
		WhatsAppCampaigns campaigns = campaigns(200, 200);
		CampaignReport report = campaigns.campaign()
			.recipients(List.of("15552000001", "not-a-number", "15552000002"))
			.message((to) -> WhatsAppMessage.text(to, "hi"))
			.start()
			.completion()
			.orTimeout(10, TimeUnit.SECONDS)
			.join();
		assertThat(report.sent()).isEqualTo(2);
		assertThat(report.failures()).singleElement().satisfies((failure) -> {
			assertThat(failure.recipient()).isEqualTo("not-a-number");
			assertThat(failure.reason()).isNotBlank();
		});
		assertThat(campaigns.list()).extracting(CampaignHandle::id).containsExactly(report.id());
	}

	private static void assertEveryRecipientGotItsMessagesInOrder(List<RequestRecord> accepted) {
		Map<String, List<String>> bodies = new HashMap<>();
		for (RequestRecord record : accepted) {
			String body = json.readTree(record.body()).path("text").path("body").asString();
			bodies.computeIfAbsent(record.recipient(), (key) -> new ArrayList<>()).add(body);
		}
		bodies.forEach((recipient, received) -> {
			int n = messagesFor(recipient);
			assertThat(received).as(recipient)
				.containsExactlyElementsOf(IntStream.rangeClosed(1, n).mapToObj((k) -> k + "/" + n).toList());
		});
	}

	/**
	 * Finds every two consecutive arrivals to the same recipient and fails if some other recipient
	 * was ready before the first of them (its previous message at least a pair interval earlier) and
	 * still got its next message only clearly after the second.
	 */
	private static void assertNoRecipientGotTwoInARowWhileAnotherWaited(List<RequestRecord> accepted) {
		int n = accepted.size();
		int[] previous = new int[n];
		Map<String, Integer> last = new HashMap<>();
		for (int i = 0; i < n; i++) {
			previous[i] = last.getOrDefault(accepted.get(i).recipient(), -1);
			last.put(accepted.get(i).recipient(), i);
		}
		long slack = Duration.ofMillis(100).toNanos();
		for (int i = 1; i < n; i++) {
			int p = previous[i];
			if (p != i - 1) {
				continue;
			}
			long firstAt = accepted.get(p).nanoTime();
			long secondAt = accepted.get(i).nanoTime();
			for (int k = i + 1; k < n; k++) {
				int q = previous[k];
				boolean readyBefore = q < p
						&& (q == -1 || firstAt - accepted.get(q).nanoTime() >= LIMITER_PAIR_INTERVAL.toNanos());
				assertThat(readyBefore && accepted.get(k).nanoTime() > secondAt + slack)
					.as("recipient %s got two in a row while %s waited", accepted.get(i).recipient(),
							accepted.get(k).recipient())
					.isFalse();
			}
		}
	}

}
