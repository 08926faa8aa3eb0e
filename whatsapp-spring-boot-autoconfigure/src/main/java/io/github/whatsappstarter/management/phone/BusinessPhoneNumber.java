package io.github.whatsappstarter.management.phone;

import java.util.Optional;

import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.ratelimit.MessagingTier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A business phone number as Meta reports it ({@code GET /{phone-number-id}} or an element of
 * {@code GET /{waba-id}/phone_numbers}); fields that were not asked for are {@code null}.
 *
 * @param id the phone number id
 * @param displayPhoneNumber the number as shown to users
 * @param verifiedName the verified business name
 * @param nameStatus the display name's review status
 * @param nameStatusValue the name status as Meta sent it
 * @param qualityRating the quality rating
 * @param qualityRatingValue the quality rating as Meta sent it
 * @param throughputLevel {@code throughput.level}, e.g. {@code STANDARD}
 * @param messagingLimit {@code whatsapp_business_manager_messaging_limit}, or the deprecated
 * {@code messaging_limit_tier}, e.g. {@code TIER_250}
 * @param codeVerificationStatus e.g. {@code VERIFIED}
 * @param platformType e.g. {@code CLOUD_API}
 * @param status the number's status, e.g. {@code CONNECTED}
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BusinessPhoneNumber(String id, @Nullable String displayPhoneNumber, @Nullable String verifiedName,
		NameStatus nameStatus, @Nullable String nameStatusValue, QualityRating qualityRating,
		@Nullable String qualityRatingValue, @Nullable String throughputLevel, @Nullable String messagingLimit,
		@Nullable String codeVerificationStatus, @Nullable String platformType, @Nullable String status) {

	/** The fields read for each number. */
	public static final String FIELDS = "id,display_phone_number,verified_name,name_status,quality_rating,throughput,"
			+ "whatsapp_business_manager_messaging_limit,code_verification_status,platform_type,status";

	/**
	 * Reads a phone-number node answer.
	 * @param body the JSON body
	 * @return the number
	 */
	public static BusinessPhoneNumber parse(byte[] body) {
		return parse(GraphJson.read(body, "the phone number fields"));
	}

	/**
	 * Reads a phone-number node, e.g. one element of a list answer.
	 * @param node the node
	 * @return the number
	 */
	public static BusinessPhoneNumber parse(JsonNode node) {
		String nameStatus = GraphJson.text(node, "name_status");
		String quality = GraphJson.text(node, "quality_rating");
		String limit = GraphJson.text(node, "whatsapp_business_manager_messaging_limit");
		return new BusinessPhoneNumber(String.valueOf(GraphJson.text(node, "id")),
				GraphJson.text(node, "display_phone_number"), GraphJson.text(node, "verified_name"),
				NameStatus.of(nameStatus), nameStatus, QualityRating.of(quality), quality,
				GraphJson.text(node.path("throughput"), "level"),
				(limit != null) ? limit : GraphJson.text(node, "messaging_limit_tier"),
				GraphJson.text(node, "code_verification_status"), GraphJson.text(node, "platform_type"),
				GraphJson.text(node, "status"));
	}

	/**
	 * Returns the messaging limit as a tier, when it is one this release knows.
	 * @return the tier; empty for {@code TIER_NOT_SET}, absent or unknown values
	 */
	public Optional<MessagingTier> messagingTier() {
		if (this.messagingLimit == null) {
			return Optional.empty();
		}
		String name = "TIER_UNLIMITED".equals(this.messagingLimit) ? "UNLIMITED" : this.messagingLimit;
		try {
			return Optional.of(MessagingTier.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
