package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.time.Clock;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.management.phone.BusinessPhoneNumber;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.HazelcastMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.InMemoryMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.MessagingTier;
import io.github.whatsappstarter.ratelimit.RateLimitListener;
import io.github.whatsappstarter.ratelimit.ThroughputLevelFollower;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for the cluster-wide {@link WhatsAppRateLimiter}: Bucket4j buckets in the
 * application's Hazelcast (or an embedded member started from {@code whatsapp.rate-limit.hazelcast.*}),
 * in memory for the {@code local} backend, or no limit when {@code whatsapp.rate-limit.enabled=false}.
 * The nested configurations are ordered so that the Hazelcast backend is considered before the local one.
 * Every {@link RateLimitListener} bean (meters, the endpoint's pair-pressure tracker, the
 * application's own) is added to the limiter.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.hazelcast.autoconfigure.HazelcastAutoConfiguration")
@EnableConfigurationProperties(WhatsAppRateLimitProperties.class)
@Import({ WhatsAppRateLimitAutoConfiguration.DisabledConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.HazelcastBackendConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.LocalBackendConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.HazelcastMessagingLimitConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.LocalMessagingLimitConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.ThroughputFollowerConfiguration.class,
		WhatsAppRateLimitAutoConfiguration.ListenerConfiguration.class })
public final class WhatsAppRateLimitAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "whatsapp.rate-limit.enabled", havingValue = false)
	@Order(1)
	static class DisabledConfiguration {

		@Bean
		@ConditionalOnMissingBean(WhatsAppRateLimiter.class)
		WhatsAppRateLimiter whatsAppRateLimiter() {
			return WhatsAppRateLimiter.unlimited();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HazelcastInstance.class, Bucket.class, Bucket4jHazelcast.class })
	@ConditionalOnBooleanProperty(name = "whatsapp.rate-limit.enabled", matchIfMissing = true)
	@ConditionalOnProperty(name = "whatsapp.rate-limit.backend", havingValue = "hazelcast", matchIfMissing = true)
	@Order(2)
	static class HazelcastBackendConfiguration {

		@Bean(destroyMethod = "shutdown")
		@ConditionalOnMissingBean(HazelcastInstance.class)
		HazelcastInstance whatsAppRateLimitHazelcastInstance(WhatsAppRateLimitProperties properties) {
			return Hazelcast.newHazelcastInstance(EmbeddedHazelcastConfigFactory.create(properties.getHazelcast()));
		}

		@Bean
		@ConditionalOnMissingBean(WhatsAppRateLimiter.class)
		@ConditionalOnSingleCandidate(HazelcastInstance.class)
		BucketRateLimiter whatsAppRateLimiter(HazelcastInstance hazelcast, WhatsAppRateLimitProperties properties) {
			WhatsAppRateLimitProperties.Hazelcast grid = properties.getHazelcast();
			return new BucketRateLimiter(new HazelcastBucketStore(hazelcast, grid.getMapName(), grid.getKeepAfterFull(),
					grid.getRequestTimeout(), grid.getNodes()), properties.toSettings());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Bucket.class)
	@ConditionalOnBooleanProperty(name = "whatsapp.rate-limit.enabled", matchIfMissing = true)
	@Order(3)
	static class LocalBackendConfiguration {

		@Bean
		@ConditionalOnMissingBean(WhatsAppRateLimiter.class)
		BucketRateLimiter whatsAppRateLimiter(WhatsAppRateLimitProperties properties) {
			return new BucketRateLimiter(new LocalBucketStore(), properties.toSettings());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HazelcastInstance.class)
	@ConditionalOnSingleCandidate(HazelcastInstance.class)
	@ConditionalOnBooleanProperty("whatsapp.rate-limit.messaging-limit.enabled")
	@ConditionalOnProperty(name = "whatsapp.rate-limit.backend", havingValue = "hazelcast", matchIfMissing = true)
	@Order(4)
	static class HazelcastMessagingLimitConfiguration {

		@Bean
		@ConditionalOnMissingBean(MessagingLimitGuard.class)
		MessagingLimitGuard whatsAppMessagingLimitGuard(HazelcastInstance hazelcast,
				WhatsAppRateLimitProperties properties) {
			WhatsAppRateLimitProperties.MessagingLimit limit = properties.getMessagingLimit();
			if (limit.getTier() == MessagingTier.UNLIMITED) {
				return MessagingLimitGuard.disabled();
			}
			return new HazelcastMessagingLimitGuard(hazelcast, properties.getHazelcast().getMapName() + "-recipients-",
					limit.getTier().getRecipients(), limit.getWindow(), properties.getHazelcast().getRequestTimeout());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("whatsapp.rate-limit.messaging-limit.enabled")
	@Order(5)
	static class LocalMessagingLimitConfiguration {

		@Bean
		@ConditionalOnMissingBean(MessagingLimitGuard.class)
		MessagingLimitGuard whatsAppMessagingLimitGuard(WhatsAppRateLimitProperties properties) {
			WhatsAppRateLimitProperties.MessagingLimit limit = properties.getMessagingLimit();
			if (limit.getTier() == MessagingTier.UNLIMITED) {
				return MessagingLimitGuard.disabled();
			}
			return new InMemoryMessagingLimitGuard(limit.getTier().getRecipients(), limit.getWindow(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Bucket.class)
	static class ListenerConfiguration {

		/**
		 * Adds every {@link RateLimitListener} bean, in order, to every {@link BucketRateLimiter}
		 * bean once all singletons exist: listeners such as the rate-limit meters read the
		 * limiter's status themselves, so the limiter cannot take them at construction.
		 */
		@Bean
		SmartInitializingSingleton whatsAppRateLimitListenerRegistrar(ObjectProvider<BucketRateLimiter> limiters,
				ObjectProvider<RateLimitListener> listeners) {
			return () -> limiters.orderedStream()
				.forEach((limiter) -> listeners.orderedStream().forEach(limiter::addListener));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("whatsapp.rate-limit.throughput.follow-meta")
	@ConditionalOnBean(BucketRateLimiter.class)
	@ConditionalOnProperty("whatsapp.phone-number-id")
	static class ThroughputFollowerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ThroughputLevelFollower whatsAppThroughputLevelFollower(BucketRateLimiter limiter, CloudApiClient client,
				Environment environment, WhatsAppRateLimitProperties properties) {
			WhatsAppRateLimitProperties.Throughput throughput = properties.getThroughput();
			return new ThroughputLevelFollower(limiter,
					(id) -> BusinessPhoneNumber.parse(client.phoneNumberFields(id, "throughput")).throughputLevel(),
					environment.getRequiredProperty("whatsapp.phone-number-id"), throughput.getLevels(),
					throughput.getUpgradedLevel(), throughput.getFollowMetaRefresh());
		}

	}

}
