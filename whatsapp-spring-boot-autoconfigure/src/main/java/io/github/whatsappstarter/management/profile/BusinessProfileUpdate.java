package io.github.whatsappstarter.management.profile;

import java.util.List;
import java.util.regex.Pattern;

import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.ManagementChecks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to a business profile ({@code POST /{phone-number-id}/whatsapp_business_profile}); only
 * the fields set are sent. {@link Builder#build()} checks Meta's limits: about 1 to 139 characters,
 * address up to 256, description up to 512, a valid e-mail up to 128, at most two http(s) websites
 * of up to 256 characters each, a known vertical.
 *
 * @param about the About text
 * @param address the address
 * @param description the description
 * @param email the contact e-mail
 * @param websites the websites, or {@code null} to leave them
 * @param vertical the industry
 * @param profilePictureHandle the handle of a picture uploaded with the Resumable Upload API
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BusinessProfileUpdate(@Nullable String about, @Nullable String address, @Nullable String description,
		@Nullable String email, @Nullable List<String> websites, @Nullable BusinessVertical vertical,
		@Nullable String profilePictureHandle) {

	static final int MAX_ABOUT = 139;

	static final int MAX_ADDRESS = 256;

	static final int MAX_DESCRIPTION = 512;

	static final int MAX_EMAIL = 128;

	static final int MAX_WEBSITES = 2;

	static final int MAX_WEBSITE = 256;

	/** A plain address check: one {@code @}, no spaces, a dot in the domain. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final ManagementChecks checks = new ManagementChecks("business profile");

	/**
	 * Starts an update.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	void check() {
		if (this.about != null) {
			checks.check(!this.about.isEmpty(), "about", "must be 1 to 139 characters long");
			checks.maxLength(this.about, MAX_ABOUT, "about");
		}
		checks.maxLength(this.address, MAX_ADDRESS, "address");
		checks.maxLength(this.description, MAX_DESCRIPTION, "description");
		if (this.email != null) {
			checks.maxLength(this.email, MAX_EMAIL, "email");
			checks.check(EMAIL.matcher(this.email).matches(), "email", "must be a valid e-mail address");
		}
		if (this.websites != null) {
			checks.maxSize(this.websites, MAX_WEBSITES, "websites");
			for (int i = 0; i < this.websites.size(); i++) {
				String website = this.websites.get(i);
				String field = "websites[" + i + "]";
				checks.check(website != null && (website.startsWith("http://") || website.startsWith("https://")),
						field, "must start with http:// or https://");
				checks.maxLength(website, MAX_WEBSITE, field);
			}
		}
		checks.check(this.vertical != BusinessVertical.UNKNOWN, "vertical", "must be one of Meta's values");
		checks.check(this.profilePictureHandle == null || !this.profilePictureHandle.isBlank(),
				"profile_picture_handle", "must not be empty");
		checks.check(this.about != null || this.address != null || this.description != null || this.email != null
				|| this.websites != null || this.vertical != null || this.profilePictureHandle != null, "fields",
				"must change at least one field");
	}

	byte[] toJson() {
		ObjectNode root = GraphJson.object();
		root.put("messaging_product", "whatsapp");
		put(root, "about", this.about);
		put(root, "address", this.address);
		put(root, "description", this.description);
		put(root, "email", this.email);
		if (this.websites != null) {
			ArrayNode websites = root.putArray("websites");
			this.websites.forEach(websites::add);
		}
		if (this.vertical != null) {
			root.put("vertical", this.vertical.name());
		}
		put(root, "profile_picture_handle", this.profilePictureHandle);
		return GraphJson.write(root);
	}

	private static void put(ObjectNode root, String field, @Nullable String value) {
		if (value != null) {
			root.put(field, value);
		}
	}

	/**
	 * Builder for {@link BusinessProfileUpdate}.
	 */
	public static final class Builder {

		private @Nullable String about;

		private @Nullable String address;

		private @Nullable String description;

		private @Nullable String email;

		private @Nullable List<String> websites;

		private @Nullable BusinessVertical vertical;

		private @Nullable String profilePictureHandle;

		private Builder() {
		}

		/**
		 * Sets the About text, 1 to 139 characters.
		 * @param about the text
		 * @return this builder
		 */
		public Builder about(String about) {
			this.about = about;
			return this;
		}

		/**
		 * Sets the address, at most 256 characters.
		 * @param address the address
		 * @return this builder
		 */
		public Builder address(String address) {
			this.address = address;
			return this;
		}

		/**
		 * Sets the description, at most 512 characters.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			this.description = description;
			return this;
		}

		/**
		 * Sets the contact e-mail, at most 128 characters.
		 * @param email the address
		 * @return this builder
		 */
		public Builder email(String email) {
			this.email = email;
			return this;
		}

		/**
		 * Sets the websites: at most two, with {@code http://} or {@code https://}.
		 * @param websites the URLs
		 * @return this builder
		 */
		public Builder websites(String... websites) {
			this.websites = java.util.Arrays.asList(websites.clone());
			return this;
		}

		/**
		 * Sets the industry.
		 * @param vertical the industry
		 * @return this builder
		 */
		public Builder vertical(BusinessVertical vertical) {
			this.vertical = vertical;
			return this;
		}

		/**
		 * Sets the profile picture by the handle of an upload (Resumable Upload API).
		 * @param handle the handle
		 * @return this builder
		 */
		public Builder profilePictureHandle(String handle) {
			this.profilePictureHandle = handle;
			return this;
		}

		/**
		 * Builds and checks the update.
		 * @return the update
		 * @throws io.github.whatsappstarter.error.WhatsAppValidationException naming the first
		 * field that breaks Meta's limits
		 */
		public BusinessProfileUpdate build() {
			BusinessProfileUpdate update = new BusinessProfileUpdate(this.about, this.address, this.description,
					this.email, (this.websites != null) ? java.util.Collections.unmodifiableList(this.websites) : null,
					this.vertical, this.profilePictureHandle);
			update.check();
			return update;
		}

	}

}
