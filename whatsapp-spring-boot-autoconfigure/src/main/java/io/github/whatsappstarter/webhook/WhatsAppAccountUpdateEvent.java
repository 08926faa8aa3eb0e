package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for an {@code account_update} change of the WhatsApp Business Account: a policy
 * violation, a restriction, a ban, partner changes, verification or pricing updates, deletion. The
 * event name is typed; the event-specific objects ({@code violation_info}, {@code ban_info},
 * {@code restriction_info}, {@code waba_info}, ...) are in {@link #raw()}. Field list from Meta's
 * webhooks overview (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview);
 * Meta's account_update reference page was not in our sources, the object names are as read by the
 * pywa client ({@code pywa/types/account_update.py}).
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param event the event, e.g. {@code ACCOUNT_VIOLATION}, {@code ACCOUNT_RESTRICTION},
 * {@code DISABLED_UPDATE}
 * @param raw the whole change value
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppAccountUpdateEvent(String businessAccountId, @Nullable Instant time, String event, JsonNode raw)
		implements WhatsAppWebhookEvent {

	/**
	 * Always {@code null}: this change concerns the whole business account.
	 * @return {@code null}
	 */
	@Override
	public @Nullable String phoneNumberId() {
		return null;
	}

}
