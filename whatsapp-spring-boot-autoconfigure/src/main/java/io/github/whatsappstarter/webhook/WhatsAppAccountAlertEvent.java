package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published for an {@code account_alerts} change: a messaging limit increase was denied or deferred,
 * an Official Business Account status was decided, a profile photo was deleted. Field names from Meta's
 * account_alerts webhook reference
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/account_alerts).
 *
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param time when Meta triggered the webhook ({@code entry[].time}), if present
 * @param entityType the kind of entity alerted on ({@code entity_type}), if present
 * @param entityId the id of that entity ({@code entity_id}), if present
 * @param severity {@code alert_info.alert_severity}, if present
 * @param status {@code alert_info.alert_status}, if present
 * @param type {@code alert_info.alert_type}, if present
 * @param description {@code alert_info.alert_description}, if present
 * @param raw the whole change value
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppAccountAlertEvent(String businessAccountId, @Nullable Instant time, @Nullable String entityType,
		@Nullable String entityId, @Nullable String severity, @Nullable String status, @Nullable String type,
		@Nullable String description, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Always {@code null}: the alerted entity is named by {@link #entityType()} and {@link #entityId()}.
	 * @return {@code null}
	 */
	@Override
	public @Nullable String phoneNumberId() {
		return null;
	}

}
