package io.github.whatsappstarter.autoconfigure;

import io.github.whatsappstarter.client.WhatsAppTemplate;

/**
 * Callback interface that can be implemented by beans wishing to customize the auto-configured
 * {@link WhatsAppTemplate} before it is built, e.g. to add a send listener.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@FunctionalInterface
public interface WhatsAppTemplateCustomizer {

	/**
	 * Customizes the template builder.
	 * @param builder the builder
	 */
	void customize(WhatsAppTemplate.Builder builder);

}
