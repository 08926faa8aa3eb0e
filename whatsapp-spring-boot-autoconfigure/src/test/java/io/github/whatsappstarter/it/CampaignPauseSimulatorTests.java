package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignMessages;
import io.github.whatsappstarter.campaign.CampaignPauseReason;
import io.github.whatsappstarter.campaign.CampaignPausedEvent;
import io.github.whatsappstarter.campaign.CampaignReport;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.CampaignStatus;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The campaign circuit breaker against the simulator: an account-level error pauses the campaign
 * with a typed reason instead of failing every remaining recipient, and resume() continues it.
 */
class CampaignPauseSimulatorTests {

	private static final int RECIPIENTS = 300;

	private final List<Object> events = Collections.synchronizedList(new ArrayList<>());

	private WhatsAppSimulator simulator;

	private BucketRateLimiter limiter;

	private WhatsAppTemplate template;

	private WhatsAppCampaigns campaigns;

	@AfterEach
	void stop() {
		this.campaigns.close();
		this.template.close();
		this.limiter.close();
		this.simulator.close();
	}

	private CampaignHandle startCampaign() {
		this.simulator = WhatsAppSimulator.start(SimulatorConfig.builder().throughputPerSecond(400).build());
		this.limiter = new BucketRateLimiter(new LocalBucketStore(),
				RateLimitSettings.defaults().withThroughput(200, 0).withMaxWait(Duration.ofSeconds(30)));
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(this.simulator), this.simulator.phoneNumberId())
			.rateLimiter(this.limiter)
			.build();
		this.campaigns = new WhatsAppCampaigns(this.template, new CampaignSettings(16, Duration.ZERO, 10),
				this.events::add);
		return this.campaigns.campaign()
			.recipients(IntStream.range(0, RECIPIENTS).mapToObj((i) -> "1555" + (5000000 + i)).toList())
			.messageFactory(CampaignMessages.text("offer"))
			.start();
	}

	@Test
	void aLockedAccountPausesTheCampaignWithTheReasonAndResumeSendsEveryRecipientOnce() throws Exception {
		CampaignHandle campaign = startCampaign();
		await().atMost(Duration.ofSeconds(20)).until(() -> campaign.progress().sent() >= 50);
		this.simulator.faults().inject(Fault.graphError(131031).times(3));

		await().atMost(Duration.ofSeconds(10)).until(() -> campaign.status() == CampaignStatus.PAUSED);
		assertThat(campaign.progress().pause()).isNotNull()
			.satisfies((pause) -> {
				assertThat(pause.reason()).isEqualTo(CampaignPauseReason.ACCOUNT_LOCKED);
				assertThat(pause.errorCode()).isEqualTo(131031);
			});
		assertThat(this.events).filteredOn(CampaignPausedEvent.class::isInstance)
			.singleElement()
			.satisfies((event) -> assertThat(((CampaignPausedEvent) event).getPause().reason())
				.isEqualTo(CampaignPauseReason.ACCOUNT_LOCKED));
		long acceptedWhilePaused = this.simulator.recorder().acceptedCount();
		Thread.sleep(500);
		assertThat(this.simulator.recorder().acceptedCount()).as("nothing goes out while paused")
			.isEqualTo(acceptedWhilePaused);
		assertThat(campaign.progress().failed()).as("no recipient failed for the account's error").isZero();
		assertThat(campaign.progress().pending()).isPositive();
		assertThat(this.simulator.recorder().countErrorCode(131031)).isLessThanOrEqualTo(3);

		this.simulator.faults().clear();
		assertThat(campaign.resume()).isTrue();
		CampaignReport report = campaign.completion().get(20, TimeUnit.SECONDS);

		assertThat(report.status()).isEqualTo(CampaignStatus.COMPLETED);
		assertThat(report.sent()).isEqualTo(RECIPIENTS);
		assertThat(report.failed()).isZero();
		Map<String, Long> perRecipient = this.simulator.recorder()
			.records(RequestRecord::accepted)
			.stream()
			.collect(Collectors.groupingBy(RequestRecord::recipient, Collectors.counting()));
		assertThat(perRecipient).hasSize(RECIPIENTS).allSatisfy((to, count) -> assertThat(count).isEqualTo(1));
	}

	@Test
	void anExpiredTokenPausesTheCampaignAsAnAccessTokenProblem() {
		CampaignHandle campaign = startCampaign();
		await().atMost(Duration.ofSeconds(20)).until(() -> campaign.progress().sent() >= 20);
		this.simulator.faults().inject(Fault.expiredToken());

		await().atMost(Duration.ofSeconds(10)).until(() -> campaign.status() == CampaignStatus.PAUSED);
		assertThat(campaign.progress().pause().reason()).isEqualTo(CampaignPauseReason.ACCESS_TOKEN);
		assertThat(campaign.progress().pause().errorCode()).isEqualTo(190);
		assertThat(campaign.progress().failed()).isZero();
		assertThat(campaign.resume()).as("resuming with the token still expired pauses it again").isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> campaign.status() == CampaignStatus.PAUSED);
		assertThat(campaign.cancel()).isTrue();
		CampaignReport report = campaign.completion().orTimeout(20, TimeUnit.SECONDS).join();
		assertThat(report.cancelled()).isTrue();
		assertThat(report.sent() + report.failed()).isEqualTo(RECIPIENTS);
		assertThat(report.failureReasons()).containsOnlyKeys("cancelled");
	}

}
