package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp user as a webhook names them: the phone number when Meta shares it, the business-scoped
 * user id (BSUID) Meta adds to every messages webhook, and the username of users who adopted one. A
 * user with a username may arrive without a phone number, so match users on {@link #key()}, not on
 * the phone number. Field names follow Meta's "Business-scoped user IDs" page
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids):
 * {@code wa_id}, {@code user_id}, {@code parent_user_id}, {@code profile.username}.
 *
 * @param waId the phone number (digits, no '+'), or {@code null} when Meta withholds it
 * @param userId the business-scoped user id, e.g. {@code US.13491208655302741918}, if present
 * @param parentUserId the parent BSUID shared across linked portfolios, e.g. {@code US.ENT.118...}, if
 * present
 * @param username the user's username, if present
 * @param profileName the user's profile name from {@code contacts[].profile.name}, if present
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public record WhatsAppUser(@Nullable String waId, @Nullable String userId, @Nullable String parentUserId,
		@Nullable String username, @Nullable String profileName) {

	/**
	 * Returns the most stable identifier present: the BSUID, else the parent BSUID, else the phone
	 * number. A user seen once with a phone number and once without has the same key only when the
	 * BSUID is present both times (Meta includes it in every messages webhook).
	 * @return the identifier, or {@code null} when the webhook named none
	 */
	public @Nullable String key() {
		if (this.userId != null) {
			return this.userId;
		}
		return (this.parentUserId != null) ? this.parentUserId : this.waId;
	}

	/**
	 * Returns the identifier to send a reply to: the phone number when known (Meta recommends
	 * phone numbers where possible), else the BSUID.
	 * @return the phone number or BSUID, or {@code null} when neither is known
	 */
	public @Nullable String replyTo() {
		if (this.waId != null) {
			return this.waId;
		}
		return (this.userId != null) ? this.userId : this.parentUserId;
	}

	WhatsAppUser merge(@Nullable WhatsAppUser contact) {
		if (contact == null) {
			return this;
		}
		return new WhatsAppUser(first(this.waId, contact.waId), first(this.userId, contact.userId),
				first(this.parentUserId, contact.parentUserId), first(this.username, contact.username),
				first(this.profileName, contact.profileName));
	}

	private static @Nullable String first(@Nullable String a, @Nullable String b) {
		return (a != null) ? a : b;
	}

}
