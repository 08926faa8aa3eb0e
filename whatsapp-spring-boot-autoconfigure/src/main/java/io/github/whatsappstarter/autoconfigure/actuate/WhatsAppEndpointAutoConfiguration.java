package io.github.whatsappstarter.autoconfigure.actuate;

import java.time.Duration;
import java.util.List;

import io.github.whatsappstarter.actuate.PairPressureTracker;
import io.github.whatsappstarter.actuate.WhatsAppEndpoint;
import io.github.whatsappstarter.actuate.WhatsAppSecretsSanitizingFunction;
import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.WhatsAppProperties;
import io.github.whatsappstarter.autoconfigure.campaign.WhatsAppCampaignAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.ratelimit.WhatsAppRateLimitAutoConfiguration;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration for the read-only {@code whatsapp} actuator endpoint (with the pair-pressure
 * tracker it reports) and for the {@link SanitizingFunction} that keeps the access token and the
 * webhook app secret out of {@code env} and {@code configprops}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = { WhatsAppAutoConfiguration.class, WhatsAppRateLimitAutoConfiguration.class,
		WhatsAppCampaignAutoConfiguration.class })
@ConditionalOnClass(Endpoint.class)
@Import(WhatsAppEndpointAutoConfiguration.EndpointConfiguration.class)
public final class WhatsAppEndpointAutoConfiguration {

	private static final Duration PAIR_PRESSURE_WINDOW = Duration.ofMinutes(5);

	private static final int PAIR_PRESSURE_MAX_PAIRS = 10_000;

	@Bean
	@ConditionalOnMissingBean(name = "whatsAppSecretsSanitizingFunction")
	WhatsAppSecretsSanitizingFunction whatsAppSecretsSanitizingFunction() {
		return new WhatsAppSecretsSanitizingFunction();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(WhatsAppProperties.class)
	@ConditionalOnAvailableEndpoint(WhatsAppEndpoint.class)
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		PairPressureTracker whatsAppPairPressureTracker() {
			return new PairPressureTracker(PAIR_PRESSURE_WINDOW, PAIR_PRESSURE_MAX_PAIRS);
		}

		@Bean
		@ConditionalOnMissingBean
		WhatsAppEndpoint whatsAppEndpoint(WhatsAppProperties properties, ObjectProvider<RateLimiterStatus> limiter,
				ObjectProvider<PairPressureTracker> pairPressure, ObjectProvider<WhatsAppCampaigns> campaigns) {
			return new WhatsAppEndpoint(List.of(properties.requirePhoneNumberId()), limiter.getIfUnique(),
					pairPressure.getIfUnique(), campaigns.getIfUnique());
		}

	}

}
