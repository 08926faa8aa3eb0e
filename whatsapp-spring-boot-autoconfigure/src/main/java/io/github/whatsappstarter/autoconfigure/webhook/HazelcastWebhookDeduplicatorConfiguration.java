package io.github.whatsappstarter.autoconfigure.webhook;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.webhook.HazelcastWebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookDeduplicator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cluster-wide duplicate suppression on the application's {@link HazelcastInstance}, so that a
 * duplicate delivered to another node is dropped too.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HazelcastInstance.class)
@ConditionalOnSingleCandidate(HazelcastInstance.class)
class HazelcastWebhookDeduplicatorConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookDeduplicator whatsAppWebhookDeduplicator(HazelcastInstance hazelcastInstance,
			WhatsAppWebhookProperties properties) {
		return new HazelcastWebhookDeduplicator(
				hazelcastInstance.getMap(HazelcastWebhookDeduplicator.DEFAULT_MAP_NAME), properties.getDedupe().getTtl());
	}

}
