package io.github.whatsappstarter.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published once per inbound user message ({@code value.messages[]}). Duplicate deliveries of the
 * same message id are dropped before publication.
 *
 * @param phoneNumberId the business phone number id that received the message
 * @param from the sender's WhatsApp id (phone number)
 * @param id the message id ({@code wamid...})
 * @param timestamp when the user sent the message
 * @param type the message type, e.g. {@code text}, {@code image}, {@code interactive}
 * @param textBody the text when {@code type} is {@code text}, otherwise {@code null}
 * @param context the replied-to message and forwarding flags, if present
 * @param profileName the sender's profile name from {@code value.contacts[]}, if present
 * @param content the typed object named after {@code type} (a missing node when absent)
 * @param raw the whole message object, including fields this version does not model
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppInboundMessageEvent(String phoneNumberId, String from, String id, Instant timestamp,
		String type, @Nullable String textBody, @Nullable Context context, @Nullable String profileName,
		JsonNode content, JsonNode raw) implements WhatsAppWebhookEvent {

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

}
