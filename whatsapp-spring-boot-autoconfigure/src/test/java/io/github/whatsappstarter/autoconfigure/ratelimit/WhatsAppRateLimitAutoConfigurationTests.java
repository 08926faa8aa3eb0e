package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.InMemoryMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;
import io.github.whatsappstarter.ratelimit.RateLimitListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link WhatsAppRateLimitAutoConfiguration}.
 */
class WhatsAppRateLimitAutoConfigurationTests {

	private static LoopbackHazelcast hazelcast;

	private static HazelcastInstance member;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppRateLimitAutoConfiguration.class));

	@BeforeAll
	static void startMember() {
		hazelcast = new LoopbackHazelcast("wa-autoconfig-tests", 5821);
		member = hazelcast.member();
	}

	@AfterAll
	static void stopMember() {
		hazelcast.close();
	}

	@Test
	void twoHazelcastInstancesWithoutAPrimaryFallBackToTheLocalBackendInsteadOfFailing() {
		this.runner.withBean("first", HazelcastInstance.class, () -> member)
			.withBean("second", HazelcastInstance.class, () -> member)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(BucketRateLimiter.class).getBackend()).isEqualTo("local");
			});
	}

	@Test
	void unlimitedTierNeedsNoGuardState() {
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.messaging-limit.enabled=true",
				"whatsapp.rate-limit.messaging-limit.tier=unlimited")
			.run((context) -> {
				MessagingLimitGuard guard = context.getBean(MessagingLimitGuard.class);
				assertThat(guard).isNotInstanceOf(InMemoryMessagingLimitGuard.class);
				for (int i = 0; i < 1000; i++) {
					guard.checkAndRecord("100", "4917" + i);
				}
			});
	}

	@Test
	void everyRateLimitListenerBeanHearsTheLimitersDecisionsInItsOrder() {
		List<String> heard = new CopyOnWriteArrayList<>();
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local")
			.withBean(SecondListener.class, () -> new SecondListener(heard))
			.withBean(FirstListener.class, () -> new FirstListener(heard))
			.run((context) -> {
				context.getBean(BucketRateLimiter.class).acquire("111", "15550001111");
				assertThat(heard).containsExactly("first pair", "second pair", "first throughput",
						"second throughput");
			});
	}

	@Test
	void localBackendUsesInMemoryBuckets() {
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local").run((context) -> {
			assertThat(context).hasSingleBean(BucketRateLimiter.class).doesNotHaveBean(HazelcastInstance.class);
			assertThat(context.getBean(BucketRateLimiter.class).getBackend()).isEqualTo("local");
		});
	}

	@Test
	void hazelcastBackendUsesTheApplicationsInstance() {
		this.runner.withBean(HazelcastInstance.class, () -> member).run((context) -> {
			assertThat(context).hasSingleBean(HazelcastInstance.class)
				.doesNotHaveBean("whatsAppRateLimitHazelcastInstance");
			BucketRateLimiter limiter = context.getBean(BucketRateLimiter.class);
			assertThat(limiter.getBackend()).isEqualTo("hazelcast");
			limiter.acquire("autoconfig", "4917000000001");
			assertThat(member.getMap("whatsapp-rate-limit").containsKey("throughput:autoconfig")).isTrue();
		});
	}

	@Test
	void hazelcastBackendUsesTheInstanceOfBootsHazelcastAutoConfiguration() {
		LoopbackHazelcast boot = new LoopbackHazelcast("wa-autoconfig-boot", 5831);
		this.runner.withConfiguration(AutoConfigurations.of(HazelcastAutoConfiguration.class))
			.withBean(Config.class, boot::config)
			.run((context) -> {
				assertThat(context).hasSingleBean(HazelcastInstance.class)
					.doesNotHaveBean("whatsAppRateLimitHazelcastInstance");
				assertThat(context.getBean(BucketRateLimiter.class).getBackend()).isEqualTo("hazelcast");
			});
	}

	@Test
	void embeddedMemberIsStartedFromPropertiesAndShutDownWithTheContext() {
		HazelcastInstance[] started = new HazelcastInstance[1];
		this.runner
			.withPropertyValues("whatsapp.rate-limit.hazelcast.embedded.cluster-name=wa-autoconfig-embedded",
					"whatsapp.rate-limit.hazelcast.embedded.port=5841",
					"whatsapp.rate-limit.hazelcast.embedded.members=127.0.0.1:5841",
					"whatsapp.rate-limit.hazelcast.embedded.network-interface=127.0.0.1",
					"whatsapp.rate-limit.hazelcast.map-name=embedded-buckets")
			.run((context) -> {
				started[0] = context.getBean("whatsAppRateLimitHazelcastInstance", HazelcastInstance.class);
				assertThat(started[0].getConfig().getClusterName()).isEqualTo("wa-autoconfig-embedded");
				assertThat(started[0].getConfig().getNetworkConfig().getJoin().getMulticastConfig().isEnabled())
					.isFalse();
				context.getBean(WhatsAppRateLimiter.class).acquire("embedded", "4917000000001");
				assertThat(started[0].getMap("embedded-buckets").containsKey("throughput:embedded")).isTrue();
			});
		assertThat(started[0].getLifecycleService().isRunning()).isFalse();
	}

	@Test
	void disabledLimiterGrantsEverythingAtOnce() {
		this.runner.withPropertyValues("whatsapp.rate-limit.enabled=false")
			.run((context) -> assertThat(context.getBean(WhatsAppRateLimiter.class))
				.isSameAs(WhatsAppRateLimiter.unlimited()));
	}

	@Test
	void userLimiterBeanMakesTheAutoConfigurationBackOff() {
		WhatsAppRateLimiter own = mock(WhatsAppRateLimiter.class);
		this.runner.withBean(WhatsAppRateLimiter.class, () -> own)
			.run((context) -> assertThat(context).getBean(WhatsAppRateLimiter.class).isSameAs(own));
	}

	@Test
	void withoutHazelcastOnTheClasspathTheLocalBackendIsUsed() {
		this.runner.withClassLoader(new FilteredClassLoader(HazelcastInstance.class)).run((context) -> {
			assertThat(context).hasSingleBean(BucketRateLimiter.class);
			assertThat(context.getBean(BucketRateLimiter.class).getBackend()).isEqualTo("local");
		});
	}

	@Test
	void propertiesReachTheLimiter() {
		this.runner
			.withPropertyValues("whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.fail-fast=true",
					"whatsapp.rate-limit.pair.burst=1", "whatsapp.rate-limit.pair.interval=10s")
			.run((context) -> {
				WhatsAppRateLimiter limiter = context.getBean(WhatsAppRateLimiter.class);
				limiter.acquire("props", "4917000000001");
				org.assertj.core.api.Assertions
					.assertThatExceptionOfType(io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException.class)
					.isThrownBy(() -> limiter.acquire("props", "4917000000001"));
			});
	}

	@Test
	void pairSafetyMarginKeepsAShareOfMetasPairRateFree() {
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local")
			.run((context) -> assertThat(context.getBean(BucketRateLimiter.class).getSettings().pairInterval())
				.isEqualTo(java.time.Duration.ofNanos(6_666_666_667L)));
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.pair.safety-margin=0")
			.run((context) -> assertThat(context.getBean(BucketRateLimiter.class).getSettings().pairInterval())
				.isEqualTo(java.time.Duration.ofSeconds(6)));
		this.runner
			.withPropertyValues("whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.pair.safety-margin=0.5",
					"whatsapp.rate-limit.pair.interval=1s")
			.run((context) -> assertThat(context.getBean(BucketRateLimiter.class).getSettings().pairInterval())
				.isEqualTo(java.time.Duration.ofSeconds(2)));
	}

	@Test
	void bothSafetyMarginsAreCheckedAlikeAndNamedWhenWrong() {
		for (String margin : new String[] { "throughput", "pair" }) {
			for (String wrong : new String[] { "-0.1", "0.95" }) {
				this.runner
					.withPropertyValues("whatsapp.rate-limit.backend=local",
							"whatsapp.rate-limit." + margin + ".safety-margin=" + wrong)
					.run((context) -> assertThat(context).getFailure()
						.rootCause()
						.hasMessageContaining("whatsapp.rate-limit." + margin + ".safety-margin")
						.hasMessageContaining("between 0 and 0.9"));
			}
			this.runner
				.withPropertyValues("whatsapp.rate-limit.backend=local",
						"whatsapp.rate-limit." + margin + ".safety-margin=0.9")
				.run((context) -> assertThat(context).hasNotFailed());
		}
	}

	@Test
	void maxWaitZeroFailsAtOnceLikeTheDeprecatedFailFast() {
		for (String property : new String[] { "whatsapp.rate-limit.max-wait=0", "whatsapp.rate-limit.fail-fast=true" }) {
			this.runner
				.withPropertyValues("whatsapp.rate-limit.backend=local", property, "whatsapp.rate-limit.pair.burst=1")
				.run((context) -> {
					WhatsAppRateLimiter limiter = context.getBean(WhatsAppRateLimiter.class);
					assertThat(context.getBean(BucketRateLimiter.class).getSettings().maxWait()).isZero();
					limiter.acquire("fail-at-once", "4917000000002");
					org.assertj.core.api.Assertions
						.assertThatExceptionOfType(
								io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException.class)
						.isThrownBy(() -> limiter.acquire("fail-at-once", "4917000000002"));
				});
		}
	}

	@Test
	void messagingLimitGuardIsOffByDefault() {
		this.runner.withPropertyValues("whatsapp.rate-limit.backend=local")
			.run((context) -> assertThat(context).doesNotHaveBean(MessagingLimitGuard.class));
	}

	@Test
	void messagingLimitGuardIsLocalOnTheLocalBackend() {
		this.runner
			.withPropertyValues("whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.messaging-limit.enabled=true",
					"whatsapp.rate-limit.messaging-limit.tier=tier-2k")
			.run((context) -> assertThat(context).getBean(MessagingLimitGuard.class)
				.isInstanceOf(InMemoryMessagingLimitGuard.class));
	}

	@Test
	void messagingLimitGuardIsClusterWideOnHazelcast() {
		this.runner.withBean(HazelcastInstance.class, () -> member)
			.withPropertyValues("whatsapp.rate-limit.messaging-limit.enabled=true")
			.run((context) -> assertThat(context).getBean(MessagingLimitGuard.class)
				.isInstanceOf(HazelcastMessagingLimitGuard.class));
	}

	private static class Recording implements RateLimitListener {

		private final String name;

		private final List<String> heard;

		Recording(String name, List<String> heard) {
			this.name = name;
			this.heard = heard;
		}

		@Override
		public void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
			this.heard.add(this.name + " " + limit);
		}

	}

	@Order(1)
	private static final class FirstListener extends Recording {

		FirstListener(List<String> heard) {
			super("first", heard);
		}

	}

	@Order(2)
	private static final class SecondListener extends Recording {

		SecondListener(List<String> heard) {
			super("second", heard);
		}

	}

}
