package io.github.whatsappstarter.autoconfigure.webhook;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.autoconfigure.InvalidWhatsAppPropertyException;
import io.github.whatsappstarter.webhook.LocalWebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookDeduplicator;
import io.github.whatsappstarter.webhook.WhatsAppWebhookHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class WhatsAppWebhookAutoConfigurationTests {

	private static final String SECRET = "s3cr3t-app-secret";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppWebhookAutoConfiguration.class))
		.withClassLoader(new FilteredClassLoader(HazelcastInstance.class));

	@Test
	void isDisabledByDefault() {
		this.contextRunner.withPropertyValues("whatsapp.webhook.app-secret=" + SECRET)
			.run((context) -> assertThat(context).doesNotHaveBean(WhatsAppWebhookHandler.class)
				.doesNotHaveBean(SimpleUrlHandlerMapping.class));
	}

	@Test
	void mapsTheHandlerAtTheDefaultPathWhenEnabled() {
		this.contextRunner.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET)
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppWebhookHandler.class);
				assertThat(context.getBean(SimpleUrlHandlerMapping.class).getUrlMap()).containsOnlyKeys("/whatsapp/webhook");
				assertThat(context.getBean(WebhookDeduplicator.class)).isInstanceOf(LocalWebhookDeduplicator.class);
			});
	}

	@Test
	void mapsTheHandlerAtACustomPath() {
		this.contextRunner
			.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET,
					"whatsapp.webhook.path=/hooks/wa")
			.run((context) -> assertThat(context.getBean(SimpleUrlHandlerMapping.class).getUrlMap())
				.containsOnlyKeys("/hooks/wa"));
	}

	@Test
	void failsStartUpWithoutAppSecretNamingTheProperty() {
		this.contextRunner.withPropertyValues("whatsapp.webhook.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidWhatsAppPropertyException.class)
				.hasMessageContaining("whatsapp.webhook.app-secret");
		});
	}

	@Test
	void failsStartUpOnAPathWithoutLeadingSlash() {
		this.contextRunner
			.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET,
					"whatsapp.webhook.path=hooks")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("whatsapp.webhook.path"));
	}

	@Test
	void startsWithoutAppSecretWhenTheSignatureCheckIsOffAndWarnsLoudly(CapturedOutput output) {
		this.contextRunner.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.signature-check=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(WhatsAppWebhookHandler.class);
				assertThat(output).contains("WARN").contains("signature-check=false");
			});
	}

	@Test
	void neverLogsTheAppSecret(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET,
					"debug=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(WhatsAppWebhookProperties.class).toString()).doesNotContain(SECRET);
				assertThat(output).doesNotContain(SECRET);
			});
	}

	@Test
	void backsOffFromAUserDeduplicator() {
		WebhookDeduplicator custom = new LocalWebhookDeduplicator(Duration.ofSeconds(1), 1);
		this.contextRunner.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET)
			.withBean(WebhookDeduplicator.class, () -> custom)
			.run((context) -> assertThat(context.getBean(WebhookDeduplicator.class)).isSameAs(custom));
	}

	@Test
	void doesNothingOutsideAWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WhatsAppWebhookAutoConfiguration.class))
			.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(WhatsAppWebhookHandler.class));
	}

	@Test
	void doesNothingWithoutSpringMvc() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class, HazelcastInstance.class))
			.withPropertyValues("whatsapp.webhook.enabled=true", "whatsapp.webhook.app-secret=" + SECRET)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(WhatsAppWebhookHandler.class));
	}

}
