package io.github.whatsappstarter.autoconfigure;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.FailureEventPublisher;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.media.MediaClient;
import io.github.whatsappstarter.ratelimit.MessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.support.GraphClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.thread.Threading;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration for {@link WhatsAppTemplate}: the Cloud API transport on a clone of Boot's
 * {@link RestClient.Builder} (so observation and customizers apply, and the access token stays
 * off the application's builder) with Boot's {@link HttpClientSettings} (SSL bundle, redirects),
 * the error translator, the media transport behind {@code media()}, and the
 * template wired to whatever rate limiter, retry operations and send listeners exist.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(name = WhatsAppProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(WhatsAppProperties.class)
public final class WhatsAppAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WhatsAppErrorTranslator whatsAppErrorTranslator() {
		return new WhatsAppErrorTranslator();
	}

	@Bean
	@ConditionalOnMissingBean
	CloudApiClient whatsAppCloudApiClient(WhatsAppProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<HttpClientSettings> httpClientSettings,
			WhatsAppErrorTranslator errorTranslator) {
		return graphClient(CloudApiClient.builder(), properties, restClientBuilder, httpClientSettings, errorTranslator)
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	MediaClient whatsAppMediaClient(WhatsAppProperties properties, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings, WhatsAppErrorTranslator errorTranslator) {
		return graphClient(MediaClient.builder(), properties, restClientBuilder, httpClientSettings, errorTranslator)
			.build();
	}

	/**
	 * The settings both Graph clients take from the properties and the application's beans: a clone
	 * of the application's {@code RestClient.Builder}, Boot's HTTP client settings, base URL,
	 * version, token, timeouts and the one error translator.
	 */
	private static <B extends GraphClientBuilder<B>> B graphClient(B builder, WhatsAppProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<HttpClientSettings> httpClientSettings,
			WhatsAppErrorTranslator errorTranslator) {
		WhatsAppProperties.Api api = properties.getApi();
		return builder.restClientBuilder(restClientBuilder.getIfAvailable(RestClient::builder))
			.httpClientSettings(httpClientSettings.getIfAvailable(HttpClientSettings::defaults))
			.baseUrl(api.getBaseUrl())
			.apiVersion(api.getVersion())
			.accessToken(properties.requireAccessToken())
			.connectTimeout(api.getConnectTimeout())
			.readTimeout(api.getReadTimeout())
			.errorTranslator(errorTranslator);
	}

	@Bean
	@ConditionalOnMissingBean(WhatsAppOperations.class)
	WhatsAppTemplate whatsAppTemplate(WhatsAppProperties properties, CloudApiClient client,
			ObjectProvider<WhatsAppRateLimiter> rateLimiter, ObjectProvider<MessagingLimitGuard> messagingLimitGuard,
			ObjectProvider<WhatsAppRetryOperations> retryOperations, ObjectProvider<MediaClient> mediaClient,
			ObjectProvider<WhatsAppSendListener> listeners, ObjectProvider<WhatsAppTemplateCustomizer> customizers,
			ApplicationEventPublisher eventPublisher, Environment environment) {
		WhatsAppTemplate.Builder builder = WhatsAppTemplate.builder(client, properties.requirePhoneNumberId())
			.businessAccountId(properties.getBusinessAccountId())
			.maxInFlight(maxInFlight(properties))
			.virtualThreads(Threading.VIRTUAL.isActive(environment))
			.listener(new FailureEventPublisher(eventPublisher));
		rateLimiter.ifAvailable(builder::rateLimiter);
		messagingLimitGuard.ifAvailable(builder::messagingLimitGuard);
		retryOperations.ifAvailable(builder::retryOperations);
		mediaClient.ifAvailable(builder::mediaClient);
		listeners.orderedStream().forEach(builder::listener);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	private static int maxInFlight(WhatsAppProperties properties) {
		int maxInFlight = properties.getApi().getMaxInFlight();
		if (maxInFlight < 1) {
			throw new InvalidWhatsAppPropertyException(WhatsAppProperties.PREFIX + ".api.max-in-flight",
					"is " + maxInFlight + "; expected at least 1");
		}
		return maxInFlight;
	}

}
