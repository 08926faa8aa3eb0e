package io.github.whatsappstarter.autoconfigure;

import java.util.concurrent.atomic.AtomicBoolean;

import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryAutoConfiguration;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;
import org.springframework.retry.support.RetryTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class WhatsAppAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class, WhatsAppRetryAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken",
				"whatsapp.rate-limit.enabled=false");

	@Test
	void createsTemplateBoundToTheConfiguredPhoneNumber() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(WhatsAppTemplate.class).hasSingleBean(CloudApiClient.class);
			assertThat(context.getBean(WhatsAppOperations.class).getPhoneNumberId()).isEqualTo("100000000000001");
		});
	}

	@Test
	void backsOffWhenTheStarterIsDisabled() {
		this.runner.withPropertyValues("whatsapp.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppOperations.class)
				.doesNotHaveBean(CloudApiClient.class));
	}

	@Test
	void backsOffOnAUserOperationsBean() {
		WhatsAppOperations own = mock(WhatsAppOperations.class);
		this.runner.withBean(WhatsAppOperations.class, () -> own)
			.run((context) -> assertThat(context).getBean(WhatsAppOperations.class).isSameAs(own));
	}

	@Test
	void backsOffWithoutRestClientOnTheClasspath() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.web.client"))
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppOperations.class));
	}

	@Test
	void missingPhoneNumberIdFailsStartupNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class))
			.withPropertyValues("whatsapp.access-token=s3cr3t-t0ken")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidWhatsAppPropertyException.class)
					.hasMessageContaining("whatsapp.phone-number-id");
				FailureAnalysis analysis = new InvalidWhatsAppPropertyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("whatsapp.phone-number-id", "is not set");
				assertThat(analysis.getAction()).contains("WHATSAPP_PHONENUMBERID", "'whatsapp.enabled=false'");
				assertThat(new InvalidWhatsAppPropertyFailureAnalyzer()
					.analyze(new InvalidWhatsAppPropertyException("whatsapp.webhook.app-secret", "is not set"))
					.getAction()).contains("'whatsapp.webhook.enabled=false'");
			});
	}

	@Test
	void missingAccessTokenFailsStartupNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class))
			.withPropertyValues("whatsapp.phone-number-id=1")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("whatsapp.access-token"));
	}

	@Test
	void appliesTemplateCustomizers() {
		AtomicBoolean customized = new AtomicBoolean();
		this.runner.withBean(WhatsAppTemplateCustomizer.class, () -> (builder) -> customized.set(true))
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppTemplate.class);
				assertThat(customized).isTrue();
			});
	}

	@Test
	void accessTokenNeverAppearsInToString() {
		this.runner.run((context) -> {
			assertThat(context.getBean(WhatsAppProperties.class).toString()).doesNotContain("s3cr3t-t0ken")
				.contains("******");
			assertThat(context.getBean(WhatsAppTemplate.class).toString()).doesNotContain("s3cr3t-t0ken");
			assertThat(context.getBean(CloudApiClient.class).toString()).doesNotContain("s3cr3t-t0ken");
		});
	}

	@Test
	void retryOperationsAndInterceptorFollowTheRetryProperties() {
		this.runner.withPropertyValues("whatsapp.retry.max-attempts=7", "whatsapp.retry.retry-outcome-unknown=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppRetryOperations.class)
					.hasBean(WhatsAppRetryAutoConfiguration.INTERCEPTOR_BEAN_NAME);
				assertThat(context.getBean(WhatsAppRetryAutoConfiguration.INTERCEPTOR_BEAN_NAME))
					.isInstanceOf(RetryOperationsInterceptor.class);
				SpringRetryOperations operations = context.getBean(SpringRetryOperations.class);
				assertThat(operations.getPolicy().maxAttempts()).isEqualTo(7);
				assertThat(operations.getPolicy().retryOutcomeUnknown()).isTrue();
			});
	}

	@Test
	void retryCanBeSwitchedOff() {
		this.runner.withPropertyValues("whatsapp.retry.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRetryOperations.class)
				.hasSingleBean(WhatsAppTemplate.class));
	}

	@Test
	void retryBacksOffWithoutSpringRetry() {
		this.runner.withClassLoader(new FilteredClassLoader(RetryTemplate.class))
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppRetryOperations.class));
	}

}
