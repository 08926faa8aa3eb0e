package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A durable campaign (Hazelcast store on a real loopback member, a progress write before each
 * send's slot is freed) against a simulator answering with Meta-like latency (lognormal, median
 * 300 ms), with retry on as in an application: the store's writes do not cost throughput, and
 * every recipient gets the message once.
 */
class CampaignLatencyTests {

	private static final int PORT = 6351;

	private static final int LIMIT = 80;

	/** The limiter's effective rate: Meta's limit less the 5% margin. */
	private static final int RATE = 76;

	private static final int RECIPIENTS = 400;

	private final LoopbackHazelcast hazelcast = new LoopbackHazelcast("wa-campaign-latency-" + UUID.randomUUID(),
			PORT);

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
		this.hazelcast.close();
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	@Test
	void aDurableCampaignAtMetaLikeLatencyUsesItsBudgetAndSendsEveryRecipientOnce() throws Exception {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(LIMIT)
			.latency(Latency.lognormal(Duration.ofMillis(300), 0.4))
			.serverThreads(16)
			.build());
		// as an application runs it: retry on, the limiter's 5% margin below Meta's limit
		this.limiter = new BucketRateLimiter(new LocalBucketStore(),
				RateLimitSettings.defaults().withThroughput(LIMIT, 0.05));
		this.template = WhatsAppTemplate.builder(CloudApiClient.builder()
			.baseUrl(this.simulator.baseUrl())
			.accessToken(this.simulator.accessToken())
			.apiVersion("v25.0")
			.readTimeout(Duration.ofSeconds(5))
			.build(), this.simulator.phoneNumberId())
			.rateLimiter(this.limiter)
			.retryOperations(new SpringRetryOperations(WhatsAppRetryPolicy.defaults(), List.of()))
			.build();
		this.campaigns = new WhatsAppCampaigns(this.template, CampaignSettings.defaults(), null,
				new HazelcastCampaignStore(this.hazelcast.member(), "wa-campaigns", Duration.ofMillis(500)),
				(name) -> null);
		warmUp();
		List<String> recipients = IntStream.range(0, RECIPIENTS).mapToObj((i) -> "1555" + (6000000 + i)).toList();

		long started = System.nanoTime();
		CampaignReport report = this.campaigns.campaign()
			.recipients(recipients)
			.messageFactory(CampaignMessages.text("spring sale"))
			.start()
			.completion()
			.get(30, TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		List<RequestRecord> accepted = this.simulator.recorder().records(RequestRecord::accepted);
		double seconds = (accepted.get(accepted.size() - 1).nanoTime() - accepted.get(0).nanoTime()) / 1e9;
		double budgetUsed = (accepted.size() - 1) / seconds / RATE;
		Map<String, Long> perRecipient = accepted.stream()
			.collect(Collectors.groupingBy(RequestRecord::recipient, Collectors.counting()));
		System.out.println("[figure] durable campaign at lognormal 300 ms latency: " + RECIPIENTS + " recipients in "
				+ took.toMillis() + " ms, " + String.format("%.1f", (accepted.size() - 1) / seconds) + " msg/s of "
				+ RATE + " (" + String.format("%.2f", budgetUsed) + " of the budget), "
				+ this.simulator.recorder().countErrorCode(130429) + " x 130429, "
				+ this.simulator.recorder().countErrorCode(131056) + " x 131056, " + (accepted.size() - perRecipient.size())
				+ " sent twice");
		assertThat(report.status()).isEqualTo(CampaignStatus.COMPLETED);
		assertThat(report.sent()).isEqualTo(RECIPIENTS);
		assertThat(report.failed()).isZero();
		assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
		assertThat(perRecipient.values()).as("every recipient once").allSatisfy((count) -> assertThat(count).isEqualTo(1));
		assertThat(budgetUsed).as("share of the limiter's rate used").isGreaterThanOrEqualTo(0.9);
		assertThat(this.simulator.recorder().countErrorCode(131056)).isZero();
		assertThat(this.simulator.recorder().countErrorCode(130429)).isLessThanOrEqualTo(RECIPIENTS / 20);
	}

	/** Opens connections and loads classes, then lets the simulator's one-second window pass. */
	private void warmUp() throws Exception {
		this.campaigns.campaign()
			.recipients(IntStream.range(0, 8).mapToObj((i) -> "1555" + (6999000 + i)).toList())
			.messageFactory(CampaignMessages.text("warm-up"))
			.start()
			.completion()
			.get(10, TimeUnit.SECONDS);
		Thread.sleep(1100);
		this.simulator.reset();
	}

}
