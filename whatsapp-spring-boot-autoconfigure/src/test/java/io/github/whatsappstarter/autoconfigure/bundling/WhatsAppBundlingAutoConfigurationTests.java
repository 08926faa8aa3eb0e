package io.github.whatsappstarter.autoconfigure.bundling;

import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.bundling.BundlingAdvisor;
import io.github.whatsappstarter.bundling.BundlingBeanPostProcessor;
import io.github.whatsappstarter.bundling.BundlingSettings;
import io.github.whatsappstarter.bundling.MessageBundler;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppBundlingAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(WhatsAppAutoConfiguration.class, WhatsAppBundlingAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=100000000000001", "whatsapp.access-token=s3cr3t-t0ken");

	@Test
	void bundlingIsOffByDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(MessageBundler.class).doesNotHaveBean(BundlingBeanPostProcessor.class);
			assertThat(AopUtils.isAopProxy(context.getBean(WhatsAppOperations.class))).isFalse();
			assertThat(context).hasSingleBean(WhatsAppTemplate.class);
		});
	}

	@Test
	void bundlingPropertyProxiesTheOperationsWithTheAdvisor() {
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true", "whatsapp.bundling.window=250ms",
				"whatsapp.bundling.max-messages=4", "whatsapp.bundling.separator=--")
			.run((context) -> {
				assertThat(context).hasSingleBean(MessageBundler.class).doesNotHaveBean(BundlingAdvisor.class);
				WhatsAppOperations operations = context.getBean(WhatsAppOperations.class);
				assertThat(AopUtils.isJdkDynamicProxy(operations)).isTrue();
				assertThat(((Advised) operations).getAdvisors())
					.containsExactly(context.getBean(BundlingBeanPostProcessor.class).advisor());
				assertThat(operations.getPhoneNumberId()).isEqualTo("100000000000001");
				BundlingSettings settings = context.getBean(MessageBundler.class).getSettings();
				assertThat(settings.window()).isEqualTo(Duration.ofMillis(250));
				assertThat(settings.maxMessages()).isEqualTo(4);
				assertThat(settings.separator()).isEqualTo("--");
			});
	}

	@Test
	void worksAlongsideSpringAopAutoProxying() {
		this.runner.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class))
			.withPropertyValues("whatsapp.bundling.enabled=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				WhatsAppOperations operations = context.getBean(WhatsAppOperations.class);
				assertThat(((Advised) operations).getAdvisors()).singleElement().isInstanceOf(BundlingAdvisor.class);
			});
	}

	@Test
	void viewsOfTheProxiedOperationsAreProxiedToo() {
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true").run((context) -> {
			WhatsAppOperations view = context.getBean(WhatsAppOperations.class).from("100000000000002");
			assertThat(AopUtils.isAopProxy(view)).isTrue();
			assertThat(view.getPhoneNumberId()).isEqualTo("100000000000002");
		});
	}

	@Test
	void bundlerIsStoppedWithTheContext() {
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true").run((context) -> {
			MessageBundler bundler = context.getBean(MessageBundler.class);
			assertThat(bundler.isRunning()).isTrue();
			context.close();
			assertThat(bundler.isRunning()).isFalse();
		});
	}

	@Test
	void backsOffOnAUserBundlerAndUsesIt() {
		MessageBundler own = new MessageBundler(BundlingSettings.defaults());
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true")
			.withBean(MessageBundler.class, () -> own)
			.run((context) -> {
				assertThat(context).getBean(MessageBundler.class).isSameAs(own);
				assertThat(context.getBean(BundlingBeanPostProcessor.class).advisor().getBundler()).isSameAs(own);
			});
	}

	@Test
	void userOperationsBeanIsBundledToo() {
		WhatsAppTemplate own = WhatsAppTemplate
			.builder(io.github.whatsappstarter.client.CloudApiClient.builder()
				.baseUrl("http://127.0.0.1:9")
				.accessToken("t")
				.build(), "100000000000009")
			.build();
		this.runner.withPropertyValues("whatsapp.bundling.enabled=true")
			.withBean("myOperations", WhatsAppOperations.class, () -> own)
			.run((context) -> {
				WhatsAppOperations operations = context.getBean(WhatsAppOperations.class);
				assertThat(AopUtils.isAopProxy(operations)).isTrue();
				assertThat(operations.getPhoneNumberId()).isEqualTo("100000000000009");
			});
	}

}
