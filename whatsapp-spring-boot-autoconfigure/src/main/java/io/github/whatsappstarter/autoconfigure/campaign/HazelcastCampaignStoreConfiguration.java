package io.github.whatsappstarter.autoconfigure.campaign;

import java.time.Duration;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.campaign.CampaignStore;
import io.github.whatsappstarter.campaign.HazelcastCampaignStore;
import io.github.whatsappstarter.campaign.LocalCampaignStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Keeps campaigns in the application's {@link HazelcastInstance} when the rate limiter's backend is
 * Hazelcast, so every node reads every campaign and survivors take over the campaigns of a node that
 * died; in memory when there is no single instance. The instance is looked up when the store is
 * created, so it is found whichever auto-configuration registers it (Boot's or the rate limiter's).
 * Grid calls wait at most {@code whatsapp.rate-limit.hazelcast.request-timeout}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HazelcastInstance.class)
@ConditionalOnProperty(name = "whatsapp.rate-limit.backend", havingValue = "hazelcast", matchIfMissing = true)
class HazelcastCampaignStoreConfiguration {

	private static final String REQUEST_TIMEOUT_PROPERTY = "whatsapp.rate-limit.hazelcast.request-timeout";

	@Bean
	@ConditionalOnMissingBean
	CampaignStore whatsAppCampaignStore(ObjectProvider<HazelcastInstance> hazelcastInstances,
			Environment environment) {
		HazelcastInstance hazelcastInstance = hazelcastInstances.getIfUnique();
		if (hazelcastInstance == null) {
			return new LocalCampaignStore();
		}
		Duration requestTimeout = Binder.get(environment)
			.bind(REQUEST_TIMEOUT_PROPERTY, Duration.class)
			.orElse(Duration.ofMillis(500));
		return new HazelcastCampaignStore(hazelcastInstance, HazelcastCampaignStore.DEFAULT_MAP_PREFIX,
				requestTimeout);
	}

}
