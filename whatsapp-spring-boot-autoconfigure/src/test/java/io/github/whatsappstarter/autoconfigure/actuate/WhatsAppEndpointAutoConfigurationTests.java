package io.github.whatsappstarter.autoconfigure.actuate;

import io.github.whatsappstarter.actuate.PairPressureTracker;
import io.github.whatsappstarter.actuate.WhatsAppEndpoint;
import io.github.whatsappstarter.actuate.WhatsAppSecretsSanitizingFunction;
import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppEndpointAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class,
				WhatsAppEndpointAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken");

	@Test
	void registersTheEndpointWhenExposed() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=whatsapp")
			.withBean(BucketRateLimiter.class,
					() -> new BucketRateLimiter(new LocalBucketStore(), RateLimitSettings.defaults()))
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppEndpoint.class).hasSingleBean(PairPressureTracker.class);
				WhatsAppEndpoint.WhatsAppDescriptor descriptor = context.getBean(WhatsAppEndpoint.class).whatsapp();
				assertThat(descriptor.phoneNumbers()).singleElement().satisfies((number) -> {
					assertThat(number.id()).isEqualTo("100000000000001");
					assertThat(number.effectiveMessagesPerSecond()).isEqualTo(76);
					assertThat(number.availableTokens()).isPositive();
				});
				assertThat(descriptor.rateLimit().backend()).isEqualTo("local");
				assertThat(descriptor.rateLimit().pairInterval()).isEqualTo("PT6.666666667S"); // 6 s ÷ 0.9
				assertThat(descriptor.toString()).doesNotContain("s3cr3t-t0ken");
			});
	}

	@Test
	void describesNumbersWithoutLimiterWhenNoneExists() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=whatsapp")
			.run((context) -> assertThat(context.getBean(WhatsAppEndpoint.class).whatsapp().rateLimit()).isNull());
	}

	@Test
	void worksWithoutBucket4j() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=whatsapp")
			.withClassLoader(new FilteredClassLoader("io.github.bucket4j"))
			.run((context) -> assertThat(context.getBean(WhatsAppEndpoint.class).whatsapp().phoneNumbers())
				.singleElement()
				.satisfies((number) -> assertThat(number.availableTokens()).isNull()));
	}

	@Test
	void noEndpointWhenNotExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppEndpoint.class)
			.doesNotHaveBean(PairPressureTracker.class)
			.hasSingleBean(WhatsAppSecretsSanitizingFunction.class));
	}

	@Test
	void noEndpointWhenAccessIsNone() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=whatsapp",
					"management.endpoint.whatsapp.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppEndpoint.class));
	}

	@Test
	void backsOffWithoutTheActuator() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=whatsapp")
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppEndpoint.class)
				.doesNotHaveBean(WhatsAppSecretsSanitizingFunction.class));
	}

}
