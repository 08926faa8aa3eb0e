package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published once per inbound user message ({@code value.messages[]}). Duplicate deliveries of the
 * same message id are dropped before publication. The sender may have no phone number: a user with a
 * username is named by the business-scoped user id ({@code from_user_id}) only, see
 * {@link WhatsAppUser}.
 *
 * @param phoneNumberId the business phone number id that received the message
 * @param sender the sender: {@code from}, {@code from_user_id}, {@code from_parent_user_id}, completed
 * from the matching {@code value.contacts[]} entry (username, profile name)
 * @param id the message id ({@code wamid...})
 * @param timestamp when the user sent the message
 * @param type the message type, e.g. {@code text}, {@code image}, {@code interactive}, {@code system}
 * @param textBody the text when {@code type} is {@code text}, otherwise {@code null}
 * @param context the replied-to message and forwarding flags, if present
 * @param system the identity change a {@code system} message reports, otherwise {@code null}
 * @param content the typed object named after {@code type} (a missing node when absent)
 * @param raw the whole message object, including fields this version does not model
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppInboundMessageEvent(String phoneNumberId, WhatsAppUser sender, String id, Instant timestamp,
		String type, @Nullable String textBody, @Nullable Context context, @Nullable SystemChange system,
		JsonNode content, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Returns the sender's phone number ({@code from}); {@code null} for a user with a username whose
	 * number Meta withholds. Use {@link WhatsAppUser#key()} of {@link #sender()} to identify users.
	 * @return the phone number digits, or {@code null}
	 */
	public @Nullable String from() {
		return this.sender.waId();
	}

	/**
	 * Returns the sender's profile name from {@code value.contacts[]}.
	 * @return the profile name, or {@code null}
	 */
	public @Nullable String profileName() {
		return this.sender.profileName();
	}

	/**
	 * The {@code context} of an inbound message: what it replies to and whether it was forwarded.
	 *
	 * @param from the sender of the replied-to message, if present
	 * @param id the id of the replied-to message, if present
	 * @param forwarded whether the message was forwarded
	 * @param frequentlyForwarded whether the message was forwarded many times
	 */
	public record Context(@Nullable String from, @Nullable String id, boolean forwarded,
			boolean frequentlyForwarded) {
	}

	/**
	 * The {@code system} object of a system message: the user changed their phone number
	 * ({@code user_changed_number}) or their business-scoped user id changed
	 * ({@code user_changed_user_id}). Field names from Meta's system messages webhook reference
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/system/).
	 *
	 * @param type the change, e.g. {@code user_changed_number} or {@code user_changed_user_id}
	 * @param body the human-readable description, if present
	 * @param waId the new phone number ({@code wa_id}), if shared
	 * @param userId the new business-scoped user id ({@code user_id}), if present
	 * @param parentUserId the new parent BSUID ({@code parent_user_id}), if present
	 */
	public record SystemChange(@Nullable String type, @Nullable String body, @Nullable String waId,
			@Nullable String userId, @Nullable String parentUserId) {
	}

}
