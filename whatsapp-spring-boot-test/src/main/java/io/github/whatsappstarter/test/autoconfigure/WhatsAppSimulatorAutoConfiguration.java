package io.github.whatsappstarter.test.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration imported by {@link AutoConfigureWhatsAppSimulator}: the beans around a simulator bound to
 * the context. The simulator itself and the properties pointing at it come from
 * {@link WhatsAppSimulatorContextCustomizerFactory}, before the configuration is read, because conditions such
 * as the starter's {@code @ConditionalOnProperty("whatsapp.phone-number-id")} are evaluated before any bean
 * exists.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBean(WhatsAppSimulatorBinding.class)
@Import(WhatsAppSimulatorAutoConfiguration.WebhookConnectorConfiguration.class)
public final class WhatsAppSimulatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebServerInitializedEvent.class)
	@ConditionalOnWebApplication
	static class WebhookConnectorConfiguration {

		@Bean
		WhatsAppSimulatorWebhookConnector whatsAppSimulatorWebhookConnector(WhatsAppSimulatorBinding binding) {
			return new WhatsAppSimulatorWebhookConnector(binding);
		}

	}

}
