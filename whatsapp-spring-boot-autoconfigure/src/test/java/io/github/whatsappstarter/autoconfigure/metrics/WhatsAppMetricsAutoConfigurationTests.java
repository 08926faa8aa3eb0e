package io.github.whatsappstarter.autoconfigure.metrics;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.WhatsAppTemplateCustomizer;
import io.github.whatsappstarter.autoconfigure.ratelimit.WhatsAppRateLimitAutoConfiguration;
import io.github.whatsappstarter.metrics.WhatsAppRateLimitMetrics;
import io.github.whatsappstarter.metrics.WhatsAppRetryMetrics;
import io.github.whatsappstarter.metrics.WhatsAppSendMetrics;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class,
				WhatsAppMetricsAutoConfiguration.class, WhatsAppObservationAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken");

	private final ApplicationContextRunner withRegistry = this.runner.withBean(SimpleMeterRegistry.class,
			SimpleMeterRegistry::new);

	@Test
	void registersSendAndRetryMetersWithARegistry() {
		this.withRegistry.run((context) -> assertThat(context).hasSingleBean(WhatsAppSendMetrics.class)
			.hasSingleBean(WhatsAppRetryMetrics.class)
			.doesNotHaveBean(WhatsAppRateLimitMetrics.class));
	}

	@Test
	void attachesRateLimitMetersToTheLimiter() {
		this.withRegistry
			.withConfiguration(
					AutoConfigurations.of(MetricsAutoConfiguration.class, WhatsAppRateLimitAutoConfiguration.class))
			.withBean(BucketRateLimiter.class,
					() -> new BucketRateLimiter(new LocalBucketStore(), RateLimitSettings.defaults()))
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppRateLimitMetrics.class);
				context.getBean(BucketRateLimiter.class).acquire("111", "15550001111");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("whatsapp.ratelimit.wait").tags("limit", "pair").timer().count()).isEqualTo(1);
				assertThat(registry.get("whatsapp.ratelimit.waiting").gauge().value()).isZero();
			});
	}

	@Test
	void registersSendMetersWithoutBucket4j() {
		this.withRegistry.withClassLoader(new FilteredClassLoader("io.github.bucket4j"))
			.run((context) -> assertThat(context).hasSingleBean(WhatsAppSendMetrics.class)
				.doesNotHaveBean(WhatsAppRateLimitMetrics.class));
	}

	@Test
	void backsOffWithoutARegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppSendMetrics.class)
			.doesNotHaveBean(WhatsAppRetryMetrics.class));
	}

	@Test
	void isOffWithItsSwitch() {
		this.withRegistry.withPropertyValues("whatsapp.metrics.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppSendMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.withRegistry.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppSendMetrics.class)
				.doesNotHaveBean("whatsAppObservationTemplateCustomizer"));
	}

	@Test
	void backsOffOnAUserSendMetricsBean() {
		WhatsAppSendMetrics own = new WhatsAppSendMetrics(new SimpleMeterRegistry());
		this.withRegistry.withBean(WhatsAppSendMetrics.class, () -> own)
			.run((context) -> assertThat(context).getBean(WhatsAppSendMetrics.class).isSameAs(own));
	}

	@Test
	void observesSendsOnlyWithAnObservationRegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppTemplateCustomizer.class));
		this.runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.run((context) -> assertThat(context).hasBean("whatsAppObservationTemplateCustomizer"));
		this.runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withPropertyValues("whatsapp.observation.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppTemplateCustomizer.class));
	}

}
