package io.github.whatsappstarter.autoconfigure.metrics;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.campaign.WhatsAppCampaignAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.ratelimit.WhatsAppRateLimitAutoConfiguration;
import io.github.whatsappstarter.bundling.MessageBundler;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.metrics.WhatsAppBundlingMetrics;
import io.github.whatsappstarter.metrics.WhatsAppCampaignMetrics;
import io.github.whatsappstarter.metrics.WhatsAppRateLimitMetrics;
import io.github.whatsappstarter.metrics.WhatsAppRetryMetrics;
import io.github.whatsappstarter.metrics.WhatsAppSendMetrics;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration for the WhatsApp meters: a send listener, a retry listener and, when a
 * rate limiter with a status exists, its listener and gauges. Switched by
 * {@code whatsapp.metrics.enabled}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(
		after = { WhatsAppAutoConfiguration.class, WhatsAppRateLimitAutoConfiguration.class,
				WhatsAppBundlingAutoConfiguration.class, WhatsAppCampaignAutoConfiguration.class },
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "whatsapp.metrics.enabled", matchIfMissing = true)
@Import(WhatsAppMetricsAutoConfiguration.RateLimiterMetricsConfiguration.class)
public final class WhatsAppMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WhatsAppSendMetrics whatsAppSendMetrics(MeterRegistry registry) {
		return new WhatsAppSendMetrics(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	WhatsAppRetryMetrics whatsAppRetryMetrics(MeterRegistry registry) {
		return new WhatsAppRetryMetrics(registry);
	}

	@Bean
	@ConditionalOnSingleCandidate(WhatsAppCampaigns.class)
	@ConditionalOnMissingBean
	WhatsAppCampaignMetrics whatsAppCampaignMetrics(WhatsAppCampaigns campaigns) {
		return new WhatsAppCampaignMetrics(campaigns);
	}

	@Bean
	@ConditionalOnSingleCandidate(MessageBundler.class)
	@ConditionalOnMissingBean
	WhatsAppBundlingMetrics whatsAppBundlingMetrics(MessageBundler bundler) {
		return new WhatsAppBundlingMetrics(bundler);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(RateLimiterStatus.class)
	static class RateLimiterMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		WhatsAppRateLimitMetrics whatsAppRateLimitMetrics(MeterRegistry registry, RateLimiterStatus status) {
			return new WhatsAppRateLimitMetrics(registry, status);
		}

	}

}
