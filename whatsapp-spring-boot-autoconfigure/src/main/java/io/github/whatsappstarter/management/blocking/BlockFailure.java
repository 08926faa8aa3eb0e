package io.github.whatsappstarter.management.blocking;

import org.jspecify.annotations.Nullable;

/**
 * A user Meta could not block or unblock, with its reason, e.g. 131047 (the user has not messaged
 * the business in the last 24 hours, or is not a WhatsApp user), 131021 (the business's own
 * number) or 139101 (the block list holds its 64,000 users).
 *
 * @param input the number or WhatsApp id as it was sent
 * @param waId the user's WhatsApp id, if Meta knew it
 * @param code the Graph error code, {@code 0} when Meta gave none
 * @param message the error message
 * @param details {@code error_data.details}
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BlockFailure(String input, @Nullable String waId, int code, @Nullable String message,
		@Nullable String details) {

}
