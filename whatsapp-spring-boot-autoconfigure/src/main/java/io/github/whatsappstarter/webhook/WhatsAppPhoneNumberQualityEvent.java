package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for a {@code phone_number_quality_update} change: a business phone number's throughput
 * level or messaging limit changed. {@code event = THROUGHPUT_UPGRADE} means the number now has the
 * higher throughput (up to 1,000 messages per second). Field names from Meta's
 * phone_number_quality_update webhook reference
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/phone_number_quality_update).
 * The payload names the number by its display number only, so {@link #phoneNumberId()} is {@code null}.
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param displayPhoneNumber the business display phone number, if present
 * @param event the change, e.g. {@code THROUGHPUT_UPGRADE}, {@code ONBOARDING}, {@code UPGRADE},
 * {@code DOWNGRADE}
 * @param oldLimit the previous messaging limit ({@code old_limit}), if present
 * @param currentLimit the current messaging limit or throughput level ({@code current_limit}, which Meta
 * is removing), if present
 * @param maxDailyConversationsPerBusiness the portfolio's messaging limit
 * ({@code max_daily_conversations_per_business}), if present
 * @param raw the whole change value
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppPhoneNumberQualityEvent(String businessAccountId, @Nullable Instant time,
		@Nullable String displayPhoneNumber, String event, @Nullable String oldLimit, @Nullable String currentLimit,
		@Nullable String maxDailyConversationsPerBusiness, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Always {@code null}: this change names the number by its display number only.
	 * @return {@code null}
	 */
	@Override
	public @Nullable String phoneNumberId() {
		return null;
	}

	/**
	 * Whether the number was upgraded to the higher throughput level.
	 * @return {@code true} for {@code event = THROUGHPUT_UPGRADE}
	 */
	public boolean throughputUpgrade() {
		return "THROUGHPUT_UPGRADE".equals(this.event);
	}

}
