package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Common type of the events published for a verified WhatsApp webhook delivery. Events are plain
 * objects published through Spring's {@code ApplicationEventPublisher}; listen with
 * {@code @EventListener} on the concrete type.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public sealed interface WhatsAppWebhookEvent permits WhatsAppInboundMessageEvent, WhatsAppStatusEvent,
		WhatsAppWebhookErrorEvent, WhatsAppUserPreferencesEvent, WhatsAppPhoneNumberQualityEvent,
		WhatsAppTemplateStatusEvent, WhatsAppAccountUpdateEvent, WhatsAppAccountAlertEvent,
		WhatsAppBusinessCapabilityEvent, WhatsAppWebhookChangeEvent, WhatsAppWebhookSkippedEvent {

	/**
	 * Returns the id of the business phone number the update is about
	 * ({@code value.metadata.phone_number_id}); {@code null} for changes of the whole business account
	 * (template, quality, account and capability updates), which carry no phone number id.
	 * @return the phone number id, or {@code null}
	 */
	@Nullable String phoneNumberId();

}
