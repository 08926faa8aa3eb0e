package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for a {@code business_capability_update} change: the business account's or portfolio's
 * messaging limit or phone number limits changed. Values are kept as Meta sends them (numbers, where
 * {@code -1} means unlimited, as text). Field names from Meta's business_capability_update webhook
 * reference
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/business_capability_update/).
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param maxDailyConversationsPerBusiness the portfolio's messaging limit, if present
 * @param maxDailyConversationPerPhone the older per-phone limit Meta is removing, if present
 * @param maxPhoneNumbersPerBusiness the most phone numbers in the portfolio, if present
 * @param maxPhoneNumbersPerWaba the most phone numbers in the business account, if present
 * @param raw the whole change value
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppBusinessCapabilityEvent(String businessAccountId, @Nullable Instant time,
		@Nullable String maxDailyConversationsPerBusiness, @Nullable String maxDailyConversationPerPhone,
		@Nullable String maxPhoneNumbersPerBusiness, @Nullable String maxPhoneNumbersPerWaba, JsonNode raw)
		implements WhatsAppWebhookEvent {

	/**
	 * Always {@code null}: this change concerns the business account or portfolio.
	 * @return {@code null}
	 */
	@Override
	public @Nullable String phoneNumberId() {
		return null;
	}

}
