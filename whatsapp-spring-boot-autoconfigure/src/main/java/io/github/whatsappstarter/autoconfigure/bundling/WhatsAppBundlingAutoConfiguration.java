package io.github.whatsappstarter.autoconfigure.bundling;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.bundling.BundleMessagesAdvisor;
import io.github.whatsappstarter.bundling.BundlingAdvisor;
import io.github.whatsappstarter.bundling.BundlingBeanPostProcessor;
import io.github.whatsappstarter.bundling.MessageBundler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * Auto-configuration for message bundling, on when {@code whatsapp.bundling.enabled=true}: a
 * {@link MessageBundler} and a post-processor that applies a {@link BundlingAdvisor} on it to every
 * {@code WhatsAppOperations} bean (wrapping it in a JDK proxy of its interfaces). The advisor is
 * not a bean, so Boot's AOP auto-proxying does not also apply it with a class-based proxy. The
 * {@link BundleMessagesAdvisor} is a bean, so the auto-proxy creator applies it to user beans with
 * {@code @BundleMessages} methods.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = WhatsAppAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = WhatsAppBundlingProperties.PREFIX + ".enabled")
@EnableConfigurationProperties(WhatsAppBundlingProperties.class)
public final class WhatsAppBundlingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MessageBundler whatsAppMessageBundler(WhatsAppBundlingProperties properties) {
		return new MessageBundler(properties.toSettings());
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static BundleMessagesAdvisor whatsAppBundleMessagesAdvisor(ObjectProvider<MessageBundler> bundler) {
		return new BundleMessagesAdvisor(bundler::getObject);
	}

	@Bean
	static BundlingBeanPostProcessor whatsAppBundlingBeanPostProcessor(ObjectProvider<MessageBundler> bundler) {
		return new BundlingBeanPostProcessor(bundler);
	}

}
