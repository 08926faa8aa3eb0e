package io.github.whatsappstarter.autoconfigure.webhook;

import java.time.Duration;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.webhook.HazelcastWebhookDeduplicator;
import io.github.whatsappstarter.webhook.WebhookDeduplicator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Cluster-wide duplicate suppression on the application's {@link HazelcastInstance}, so that a
 * duplicate delivered to another node is dropped too; per-node suppression when there is no single
 * instance. The instance is looked up when the bean is created rather than by a bean condition, so
 * it is found whichever auto-configuration registers it (Boot's or the rate limiter's). Unless the application configures the map
 * {@value HazelcastWebhookDeduplicator#DEFAULT_MAP_NAME} itself, it is added with an LRU bound of
 * {@code whatsapp.webhook.dedupe.max-entries} per member.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HazelcastInstance.class)
class HazelcastWebhookDeduplicatorConfiguration {

	private static final Log logger = LogFactory.getLog(HazelcastWebhookDeduplicatorConfiguration.class);

	private static final String REQUEST_TIMEOUT_PROPERTY = "whatsapp.rate-limit.hazelcast.request-timeout";

	@Bean
	@ConditionalOnMissingBean
	WebhookDeduplicator whatsAppWebhookDeduplicator(ObjectProvider<HazelcastInstance> hazelcastInstances,
			WhatsAppWebhookProperties properties, Environment environment) {
		HazelcastInstance hazelcastInstance = hazelcastInstances.getIfUnique();
		if (hazelcastInstance == null) {
			return WhatsAppWebhookAutoConfiguration.localDeduplicator(properties);
		}
		String name = HazelcastWebhookDeduplicator.DEFAULT_MAP_NAME;
		bound(hazelcastInstance, name, properties.getDedupe().getMaxEntries());
		WhatsAppWebhookProperties.Dedupe dedupe = properties.getDedupe();
		// the same deadline as the rate limiter's grid calls: a frozen member must not hold webhook requests
		Duration requestTimeout = Binder.get(environment)
			.bind(REQUEST_TIMEOUT_PROPERTY, Duration.class)
			.orElse(HazelcastWebhookDeduplicator.DEFAULT_REQUEST_TIMEOUT);
		return new HazelcastWebhookDeduplicator(hazelcastInstance.getMap(name), dedupe.getTtl(), dedupe.getClaimTtl(),
				requestTimeout);
	}

	private static void bound(HazelcastInstance hazelcastInstance, String name, int maxEntries) {
		try {
			Config config = hazelcastInstance.getConfig();
			if (config.getMapConfigOrNull(name) == null) {
				config.addMapConfig(new MapConfig(name).setEvictionConfig(new EvictionConfig()
					.setEvictionPolicy(EvictionPolicy.LRU)
					.setMaxSizePolicy(MaxSizePolicy.PER_NODE)
					.setSize(maxEntries)));
			}
		}
		catch (RuntimeException ex) {
			logger.info("Could not bound Hazelcast map '" + name + "' (" + ex.getMessage()
					+ "); configure an eviction policy for it on the cluster");
		}
	}

}
