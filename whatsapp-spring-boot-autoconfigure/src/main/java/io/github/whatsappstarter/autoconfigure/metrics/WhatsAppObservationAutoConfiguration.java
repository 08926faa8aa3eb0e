package io.github.whatsappstarter.autoconfigure.metrics;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.WhatsAppTemplateCustomizer;
import io.github.whatsappstarter.metrics.ObservationTaskDecorator;
import io.github.whatsappstarter.metrics.ObservedRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Auto-configuration that observes every send: a {@link WhatsAppTemplateCustomizer} wraps the
 * template's retry operations (the outermost step of a send) in {@link ObservedRetryOperations}
 * and carries the observation to the thread of the HTTP call with an
 * {@link ObservationTaskDecorator}, when an {@link ObservationRegistry} exists. Switched by {@code whatsapp.observation.enabled}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = WhatsAppAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnBooleanProperty(name = "whatsapp.observation.enabled", matchIfMissing = true)
public final class WhatsAppObservationAutoConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	@ConditionalOnMissingBean(name = "whatsAppObservationTemplateCustomizer")
	WhatsAppTemplateCustomizer whatsAppObservationTemplateCustomizer(ObservationRegistry registry) {
		// runs after the user's customizers and wraps whatever retry operations they left in place
		return (builder) -> builder
			.decorateRetryOperations((retryOperations) -> new ObservedRetryOperations(registry, retryOperations))
			.taskDecorator(new ObservationTaskDecorator(registry));
	}

}
