package io.github.whatsappstarter.autoconfigure.webhook;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.delivery.FailedStatusResender;
import io.github.whatsappstarter.delivery.SentMessageStore;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Re-sends messages that status webhooks report as failed for a retryable reason: a
 * {@link SentMessageStore} (a send listener the template picks up) and a
 * {@link FailedStatusResender}. On unless {@code whatsapp.webhook.resend.enabled=false}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = WhatsAppWebhookProperties.PREFIX + ".resend.enabled", matchIfMissing = true)
class WebhookResendConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SentMessageStore whatsAppSentMessageStore(WhatsAppWebhookProperties properties) {
		WhatsAppWebhookProperties.Resend resend = properties.getResend();
		return new SentMessageStore(resend.getStoreTtl(), resend.getStoreMaxEntries());
	}

	@Bean
	@ConditionalOnMissingBean
	FailedStatusResender whatsAppFailedStatusResender(WhatsAppWebhookProperties properties,
			ObjectProvider<WhatsAppOperations> operations, SentMessageStore store,
			ObjectProvider<WhatsAppRateLimiter> rateLimiter, ApplicationEventPublisher publisher,
			ObjectProvider<WhatsAppErrorTranslator> translator) {
		return new FailedStatusResender(operations::getObject, store,
				rateLimiter.getIfAvailable(WhatsAppRateLimiter::unlimited), publisher,
				properties.getResend().getMaxResends(), translator.getIfAvailable(WhatsAppErrorTranslator::new));
	}

}
