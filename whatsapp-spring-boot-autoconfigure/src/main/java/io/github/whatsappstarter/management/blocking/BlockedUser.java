package io.github.whatsappstarter.management.blocking;

import org.jspecify.annotations.Nullable;

/**
 * A user the block list was changed for, or a user on the block list.
 *
 * @param input the number or WhatsApp id as it was sent ({@code null} when listed)
 * @param waId the user's WhatsApp id
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BlockedUser(@Nullable String input, @Nullable String waId) {

}
