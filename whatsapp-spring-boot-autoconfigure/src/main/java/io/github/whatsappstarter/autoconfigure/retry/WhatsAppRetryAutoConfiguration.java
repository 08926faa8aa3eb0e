package io.github.whatsappstarter.autoconfigure.retry;

import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.retry.interceptor.RetryInterceptorBuilder;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;
import org.springframework.retry.support.RetryTemplate;

/**
 * Auto-configuration for retrying failed sends on Spring Retry: the
 * {@link WhatsAppRetryOperations} the template wraps around every send, and a
 * {@code whatsAppRetryInterceptor} bean that applies the same policy to user methods through
 * {@code @Retryable(interceptor = "whatsAppRetryInterceptor")}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(RetryTemplate.class)
@ConditionalOnBooleanProperty(name = "whatsapp.retry.enabled", matchIfMissing = true)
@EnableConfigurationProperties(WhatsAppRetryProperties.class)
public final class WhatsAppRetryAutoConfiguration {

	/**
	 * The name of the interceptor bean for {@code @Retryable(interceptor = ...)}.
	 */
	public static final String INTERCEPTOR_BEAN_NAME = "whatsAppRetryInterceptor";

	@Bean
	@ConditionalOnMissingBean(WhatsAppRetryOperations.class)
	SpringRetryOperations whatsAppRetryOperations(WhatsAppRetryProperties properties,
			ObjectProvider<WhatsAppRetryListener> listeners) {
		return new SpringRetryOperations(properties.toPolicy(), listeners.orderedStream().toList());
	}

	@Bean(INTERCEPTOR_BEAN_NAME)
	@ConditionalOnMissingBean(name = INTERCEPTOR_BEAN_NAME)
	RetryOperationsInterceptor whatsAppRetryInterceptor(WhatsAppRetryProperties properties,
			ObjectProvider<WhatsAppRetryListener> listeners) {
		SpringRetryOperations operations = new SpringRetryOperations(properties.toPolicy(),
				listeners.orderedStream().toList());
		return RetryInterceptorBuilder.stateless().retryOperations(operations.getRetryOperations()).build();
	}

}
