package io.github.whatsappstarter.autoconfigure.health;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.health.WhatsAppHealthIndicator;
import io.github.whatsappstarter.health.WhatsAppRateLimiterHealthIndicator;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class,
				WhatsAppHealthContributorAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken",
				"whatsapp.api.base-url=http://127.0.0.1:9");

	private final ApplicationContextRunner withLimiter = this.runner.withBean("whatsAppRateLimiter",
			BucketRateLimiter.class, () -> new BucketRateLimiter(new LocalBucketStore(), RateLimitSettings.defaults()));

	@Test
	void registersBothIndicatorsByDefault() {
		this.withLimiter.run((context) -> assertThat(context).hasSingleBean(WhatsAppHealthIndicator.class)
			.hasBean("whatsAppHealthIndicator")
			.hasSingleBean(WhatsAppRateLimiterHealthIndicator.class)
			.hasBean("whatsAppRateLimiterHealthIndicator"));
	}

	@Test
	void cloudApiIndicatorIsOffWithItsSwitch() {
		this.withLimiter.withPropertyValues("management.health.whatsapp.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppHealthIndicator.class)
				.hasSingleBean(WhatsAppRateLimiterHealthIndicator.class));
	}

	@Test
	void rateLimiterIndicatorIsOffWithItsSwitch() {
		this.withLimiter.withPropertyValues("management.health.whatsappratelimiter.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRateLimiterHealthIndicator.class)
				.hasSingleBean(WhatsAppHealthIndicator.class));
	}

	@Test
	void bothAreOffWhenHealthIndicatorDefaultsAreOff() {
		this.withLimiter.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRateLimiterHealthIndicator.class)
				.doesNotHaveBean(WhatsAppHealthIndicator.class));
	}

	@Test
	void backsOffWithoutTheHealthModule() {
		this.withLimiter.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRateLimiterHealthIndicator.class)
				.doesNotHaveBean(WhatsAppHealthIndicator.class));
	}

	@Test
	void backsOffOnUserIndicatorsOfTheSameName() {
		HealthIndicator own = () -> Health.up().withDetail("own", true).build();
		this.withLimiter.withBean("whatsAppHealthIndicator", HealthIndicator.class, () -> own)
			.withBean("whatsAppRateLimiterHealthIndicator", HealthIndicator.class, () -> own)
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppHealthIndicator.class)
				.doesNotHaveBean(WhatsAppRateLimiterHealthIndicator.class)
				.getBean("whatsAppHealthIndicator")
				.isSameAs(own));
	}

	@Test
	void noRateLimiterIndicatorWhenTheLimiterHasNoStatus() {
		this.runner.withBean(WhatsAppRateLimiter.class, WhatsAppRateLimiter::unlimited)
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRateLimiterHealthIndicator.class)
				.hasSingleBean(WhatsAppHealthIndicator.class));
	}

	@Test
	void noCloudApiIndicatorWhenTheStarterIsDisabled() {
		this.runner.withPropertyValues("whatsapp.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppHealthIndicator.class));
	}

	@Test
	void appliesTheHealthTimeoutSoAnUnreachableApiIsDownQuickly() {
		this.runner.withPropertyValues("whatsapp.health.timeout=300ms", "whatsapp.health.cache-ttl=0s")
			.run((context) -> {
				long start = System.nanoTime();
				Health health = context.getBean(WhatsAppHealthIndicator.class).health();
				assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
				assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
				assertThat(health.toString()).doesNotContain("s3cr3t-t0ken");
			});
	}

}
