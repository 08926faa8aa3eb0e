package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published once per element of a {@code user_preferences} change: a user stopped or resumed
 * marketing messages. Stop sending marketing templates to a user for whom {@link #marketingOptOut()}
 * is {@code true}. Field names from Meta's user_preferences webhook reference
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/user_preferences);
 * the user's BSUID ({@code user_id}) per Meta's business-scoped user IDs page.
 *
 * @param phoneNumberId the business phone number id the preference applies to
 * @param user the user: {@code wa_id} and {@code user_id} of the element, completed from
 * {@code value.contacts[]}
 * @param category the preference category, e.g. {@code marketing_messages}
 * @param value the preference, e.g. {@code stop} or {@code resume}
 * @param detail the human-readable description, if present
 * @param timestamp when the user changed the preference, if present
 * @param raw the whole element
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppUserPreferencesEvent(String phoneNumberId, WhatsAppUser user, String category, String value,
		@Nullable String detail, @Nullable Instant timestamp, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Whether the user asked to stop marketing messages.
	 * @return {@code true} for category {@code marketing_messages} and value {@code stop}
	 */
	public boolean marketingOptOut() {
		return "marketing_messages".equalsIgnoreCase(this.category) && "stop".equalsIgnoreCase(this.value);
	}

}
