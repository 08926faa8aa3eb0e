package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An interactive location request ({@code "interactive":{"type":"location_request_message"}}): a body and
 * a "Send location" button; the user's location comes back as an inbound location message. Create it with
 * {@link WhatsAppMessage#locationRequest(String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient
 * @param bodyText the body text, at most {@value MessageLimits#INTERACTIVE_BODY_MAX_LENGTH} characters
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record LocationRequestMessage(String to, String bodyText, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public LocationRequestMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	@Override
	public LocationRequestMessage replyingTo(String messageId) {
		return new LocationRequestMessage(this.to, this.bodyText, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public LocationRequestMessage withCallbackData(String data) {
		return new LocationRequestMessage(this.to, this.bodyText, this.replyTo, data);
	}

}
