package io.github.whatsappstarter.management.profile;

import java.util.List;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The business profile of a business phone number, as Meta answers it.
 *
 * @param about the About text
 * @param address the address
 * @param description the description
 * @param email the contact e-mail
 * @param profilePictureUrl the URL of the profile picture
 * @param websites up to two websites
 * @param vertical the industry, {@link BusinessVertical#UNKNOWN} for a value this release does not know
 * @param verticalValue the industry as Meta sent it
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BusinessProfile(@Nullable String about, @Nullable String address, @Nullable String description,
		@Nullable String email, @Nullable String profilePictureUrl, List<String> websites, BusinessVertical vertical,
		@Nullable String verticalValue) {

	/**
	 * Creates a profile.
	 * @param about the About text
	 * @param address the address
	 * @param description the description
	 * @param email the e-mail
	 * @param profilePictureUrl the picture URL
	 * @param websites the websites
	 * @param vertical the industry
	 * @param verticalValue the raw industry
	 */
	public BusinessProfile {
		websites = List.copyOf(websites);
	}

	static BusinessProfile parse(JsonNode root) {
		JsonNode profile = root.path("data").path(0);
		String vertical = GraphJson.text(profile, "vertical");
		return new BusinessProfile(GraphJson.text(profile, "about"), GraphJson.text(profile, "address"),
				GraphJson.text(profile, "description"), GraphJson.text(profile, "email"),
				GraphJson.text(profile, "profile_picture_url"), GraphJson.strings(profile.path("websites")),
				BusinessVertical.of(vertical), vertical);
	}

}
