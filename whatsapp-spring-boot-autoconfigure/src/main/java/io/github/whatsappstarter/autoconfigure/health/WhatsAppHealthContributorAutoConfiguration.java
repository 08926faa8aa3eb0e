package io.github.whatsappstarter.autoconfigure.health;

import java.util.List;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.WhatsAppProperties;
import io.github.whatsappstarter.autoconfigure.ratelimit.WhatsAppRateLimitAutoConfiguration;
import io.github.whatsappstarter.campaign.PausedCampaign;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.health.WhatsAppHealthIndicator;
import io.github.whatsappstarter.health.WhatsAppRateLimiterHealthIndicator;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for the {@code whatsApp} (Cloud API) and {@code whatsAppRateLimiter} health
 * contributors, switched by {@code management.health.whatsapp.enabled} and
 * {@code management.health.whatsappratelimiter.enabled}. Each backs off on a bean of its name. The
 * {@code whatsApp} indicator also lists the paused campaigns of the {@link WhatsAppCampaigns} bean,
 * if there is one.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = { WhatsAppAutoConfiguration.class, WhatsAppRateLimitAutoConfiguration.class })
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@EnableConfigurationProperties(WhatsAppHealthProperties.class)
@Import({ WhatsAppHealthContributorAutoConfiguration.CloudApiHealthConfiguration.class,
		WhatsAppHealthContributorAutoConfiguration.RateLimiterHealthConfiguration.class })
public final class WhatsAppHealthContributorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ CloudApiClient.class, WhatsAppProperties.class })
	@ConditionalOnEnabledHealthIndicator("whatsapp")
	static class CloudApiHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = { "whatsAppHealthIndicator", "whatsAppHealthContributor" })
		WhatsAppHealthIndicator whatsAppHealthIndicator(WhatsAppProperties properties,
				WhatsAppHealthProperties health, ObjectProvider<RestClient.Builder> restClientBuilder,
				CloudApiClient client, ObjectProvider<WhatsAppCampaigns> campaigns) {
			return new WhatsAppHealthIndicator(healthClient(properties, health, restClientBuilder, client),
					properties.requirePhoneNumberId(), health.getCacheTtl(), () -> pausedCampaigns(campaigns));
		}

		/** Looked up on each call, so the campaign auto-configuration's order does not matter. */
		private static List<PausedCampaign> pausedCampaigns(ObjectProvider<WhatsAppCampaigns> campaigns) {
			WhatsAppCampaigns registry = campaigns.getIfUnique();
			return (registry != null) ? registry.paused() : List.of();
		}

		/**
		 * A client like the application's, with the health timeout; the application's own client
		 * when the token does not come from the properties.
		 */
		private static CloudApiClient healthClient(WhatsAppProperties properties, WhatsAppHealthProperties health,
				ObjectProvider<RestClient.Builder> restClientBuilder, CloudApiClient client) {
			if (!StringUtils.hasText(properties.getAccessToken())) {
				return client;
			}
			return CloudApiClient.builder()
				.restClientBuilder(restClientBuilder.getIfAvailable(RestClient::builder))
				.baseUrl(properties.getApi().getBaseUrl())
				.apiVersion(properties.getApi().getVersion())
				.accessToken(properties.requireAccessToken())
				.connectTimeout(health.getTimeout())
				.readTimeout(health.getTimeout())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(RateLimiterStatus.class)
	@ConditionalOnEnabledHealthIndicator("whatsappratelimiter")
	static class RateLimiterHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(
				name = { "whatsAppRateLimiterHealthIndicator", "whatsAppRateLimiterHealthContributor" })
		WhatsAppRateLimiterHealthIndicator whatsAppRateLimiterHealthIndicator(RateLimiterStatus status,
				WhatsAppHealthProperties health) {
			return new WhatsAppRateLimiterHealthIndicator(status, health.getWaitingCallersThreshold());
		}

	}

}
