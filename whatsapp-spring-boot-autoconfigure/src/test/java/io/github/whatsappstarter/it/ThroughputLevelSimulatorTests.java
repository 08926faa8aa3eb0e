package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.function.Consumer;

import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.test.autoconfigure.WhatsAppSimulatorInitializer;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The limiter follows Meta's throughput level: read at start-up from the simulator's fields
 * endpoint, raised by a signed THROUGHPUT_UPGRADE webhook through the real webhook endpoint.
 */
class ThroughputLevelSimulatorTests {

	private static final String SECRET = "throughput-level-secret";

	private WhatsAppSimulator simulator;

	private ConfigurableApplicationContext context;

	@AfterEach
	void stop() {
		if (this.context != null) {
			this.context.close(); // closes its simulator too
		}
	}

	private BucketRateLimiter start(String... extra) {
		return start((simulator) -> {
		}, extra);
	}

	/**
	 * Starts the application with a simulator of its own that posts webhooks to it; the number's state is set
	 * before the application reads it.
	 */
	private BucketRateLimiter start(Consumer<WhatsAppSimulator> number, String... extra) {
		WhatsAppSimulatorInitializer initializer = new WhatsAppSimulatorInitializer(
				SimulatorConfig.builder().limitsEnabled(false).build(), SECRET);
		this.context = new SpringApplicationBuilder(TestApp.class)
			.initializers(initializer, (context) -> number.accept(initializer.simulator()))
			.properties("server.port=0", "server.address=127.0.0.1", "spring.hazelcast.config=",
					"whatsapp.rate-limit.backend=local", "whatsapp.webhook.enabled=true",
					"whatsapp.webhook.verify-token=verify", "whatsapp.rate-limit.throughput.follow-meta=true")
			.properties(extra)
			.run();
		this.simulator = initializer.simulator();
		return this.context.getBean(BucketRateLimiter.class);
	}

	@Test
	void aStandardNumberStartsAtTheStandardLevelAndAnUpgradeWebhookRaisesIt() {
		BucketRateLimiter limiter = start();
		String number = this.simulator.phoneNumberId();
		assertThat(limiter.getEffectiveMessagesPerSecond(number)).isEqualTo(76);

		this.simulator.phoneNumber().throughputLevel("HIGH");
		assertThat(this.simulator.webhooks().sendPhoneNumberQualityUpdate("THROUGHPUT_UPGRADE", "TIER_UNLIMITED")
			.join()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(limiter.getEffectiveMessagesPerSecond(number)).isEqualTo(950));
		// the bucket itself took the new shape: 300 slots take about 0.3 s, at 76/s they would take 3.9 s
		long start = System.nanoTime();
		for (int i = 0; i < 300; i++) {
			limiter.acquire(number, "1555100" + (1000 + i));
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
	}

	@Test
	void aNodeThatMissedTheUpgradeWebhookCatchesUpAtItsNextRead() {
		BucketRateLimiter limiter = start("whatsapp.rate-limit.throughput.follow-meta-refresh=300ms");
		String number = this.simulator.phoneNumberId();
		assertThat(limiter.getEffectiveMessagesPerSecond(number)).isEqualTo(76);
		// another node got the webhook; this one only sees Meta's level change
		this.simulator.phoneNumber().throughputLevel("HIGH");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(limiter.getEffectiveMessagesPerSecond(number)).isEqualTo(950));
	}

	@Test
	void aNumberMetaAlreadyReportsAsHighStartsAtTheUpgradedLevel() {
		BucketRateLimiter limiter = start((simulator) -> simulator.phoneNumber().throughputLevel("HIGH"));
		assertThat(limiter.getEffectiveMessagesPerSecond(this.simulator.phoneNumberId())).isEqualTo(950);
	}

	@Test
	void anUnknownLevelKeepsTheConfiguredRate() {
		BucketRateLimiter limiter = start(
				(simulator) -> simulator.phoneNumber().throughputLevel("COEXISTENCE_SOMETHING"),
				"whatsapp.rate-limit.throughput.messages-per-second=40");
		assertThat(limiter.getEffectiveMessagesPerSecond(this.simulator.phoneNumberId())).isEqualTo(38);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApp {

	}

}
