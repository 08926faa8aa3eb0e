package io.github.whatsappstarter.autoconfigure.webhook;

import java.time.Clock;
import java.util.Map;

import io.github.whatsappstarter.webhook.FailedStatusHandler;
import io.github.whatsappstarter.webhook.LocalWebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookEventDispatcher;
import io.github.whatsappstarter.webhook.WebhookHandshake;
import io.github.whatsappstarter.webhook.WebhookPayloadParser;
import io.github.whatsappstarter.webhook.WebhookSignatureVerifier;
import io.github.whatsappstarter.webhook.WhatsAppWebhookHandler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Auto-configuration for the WhatsApp webhook endpoint: a {@link WhatsAppWebhookHandler} mapped at
 * {@code whatsapp.webhook.path} in a servlet web application, when {@code whatsapp.webhook.enabled}
 * is true. Duplicates are suppressed cluster-wide when a Hazelcast instance exists, else per node.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty(name = WhatsAppWebhookProperties.PREFIX + ".enabled")
@EnableConfigurationProperties(WhatsAppWebhookProperties.class)
@Import({ HazelcastWebhookDeduplicatorConfiguration.class, WebhookResendConfiguration.class })
public final class WhatsAppWebhookAutoConfiguration {

	private static final Log logger = LogFactory.getLog(WhatsAppWebhookAutoConfiguration.class);

	/**
	 * Order of the handler mapping: ahead of annotated controllers (0) and static resources.
	 */
	static final int HANDLER_MAPPING_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	@Bean
	@ConditionalOnMissingBean
	WebhookDeduplicator whatsAppWebhookDeduplicator(WhatsAppWebhookProperties properties) {
		return localDeduplicator(properties);
	}

	static WebhookDeduplicator localDeduplicator(WhatsAppWebhookProperties properties) {
		WhatsAppWebhookProperties.Dedupe dedupe = properties.getDedupe();
		return new LocalWebhookDeduplicator(dedupe.getTtl(), dedupe.getClaimTtl(), dedupe.getMaxEntries(),
				Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookPayloadParser whatsAppWebhookPayloadParser() {
		return new WebhookPayloadParser();
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookEventDispatcher whatsAppWebhookEventDispatcher(ApplicationEventPublisher publisher,
			WebhookDeduplicator deduplicator, ObjectProvider<FailedStatusHandler> failedStatusHandlers) {
		return new WebhookEventDispatcher(publisher, deduplicator, failedStatusHandlers.orderedStream().toList());
	}

	@Bean
	WhatsAppWebhookHandler whatsAppWebhookHandler(WhatsAppWebhookProperties properties, WebhookPayloadParser parser,
			WebhookEventDispatcher dispatcher) {
		WebhookSignatureVerifier verifier = null;
		if (properties.isSignatureCheck()) {
			verifier = new WebhookSignatureVerifier(properties.requireAppSecret());
		}
		else {
			logger.warn("*** " + WhatsAppWebhookProperties.PREFIX + ".signature-check=false: webhook deliveries are "
					+ "NOT authenticated and anyone can forge events. Use this for local development only. ***");
		}
		if (properties.getVerifyToken() == null || properties.getVerifyToken().isEmpty()) {
			logger.warn(WhatsAppWebhookProperties.PREFIX + ".verify-token is not set: webhook verification "
					+ "requests from Meta will be refused");
		}
		return new WhatsAppWebhookHandler(new WebhookHandshake(properties.getVerifyToken()), verifier, parser,
				dispatcher, properties.requireMaxBodyBytes());
	}

	@Bean
	SimpleUrlHandlerMapping whatsAppWebhookHandlerMapping(WhatsAppWebhookProperties properties,
			WhatsAppWebhookHandler handler) {
		return new SimpleUrlHandlerMapping(Map.of(properties.requirePath(), handler), HANDLER_MAPPING_ORDER);
	}

}
