package io.github.whatsappstarter.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The users of {@code value.contacts[]}, matched to messages, statuses and preferences by phone
 * number or business-scoped user id. Each contact has {@code wa_id} (absent for users with a
 * username), {@code user_id}, {@code parent_user_id} and {@code profile.name} / {@code profile.username}
 * (Meta's business-scoped user IDs page). A malformed contact is ignored: contacts only complete what
 * the message or status itself says.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class WebhookContacts {

	private final List<WhatsAppUser> users;

	private WebhookContacts(List<WhatsAppUser> users) {
		this.users = users;
	}

	static WebhookContacts read(JsonNode value) {
		List<WhatsAppUser> users = new ArrayList<>();
		JsonNode contacts = value.get("contacts");
		if (contacts != null && contacts.isArray()) {
			for (JsonNode contact : contacts.values()) {
				if (contact.isObject()) {
					JsonNode profile = contact.get("profile");
					users.add(new WhatsAppUser(JsonFields.scalarText(contact, "wa_id"),
							JsonFields.optionalText(contact, "user_id"), JsonFields.optionalText(contact, "parent_user_id"),
							JsonFields.optionalText(profile, "username"), JsonFields.optionalText(profile, "name")));
				}
			}
		}
		return new WebhookContacts(users);
	}

	/**
	 * Completes a user with the contact that names the same phone number or BSUID; the only contact
	 * completes it too when nothing contradicts.
	 */
	WhatsAppUser complete(WhatsAppUser user) {
		for (WhatsAppUser contact : this.users) {
			if (same(user.userId(), contact.userId()) || same(user.waId(), contact.waId())) {
				return user.merge(contact);
			}
		}
		if (this.users.size() == 1 && compatible(user, this.users.get(0))) {
			return user.merge(this.users.get(0));
		}
		return user;
	}

	private static boolean same(@Nullable String a, @Nullable String b) {
		return a != null && a.equals(b);
	}

	private static boolean compatible(WhatsAppUser user, WhatsAppUser contact) {
		return (user.userId() == null || contact.userId() == null || Objects.equals(user.userId(), contact.userId()))
				&& (user.waId() == null || contact.waId() == null || Objects.equals(user.waId(), contact.waId()));
	}

}
