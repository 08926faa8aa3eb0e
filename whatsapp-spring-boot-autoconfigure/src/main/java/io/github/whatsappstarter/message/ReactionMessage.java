package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An emoji reaction to an earlier message ({@code "type":"reaction"}); an empty emoji removes the
 * reaction.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param messageId the wamid of the message reacted to
 * @param emoji the emoji, or an empty string to remove the reaction
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ReactionMessage(String to, String messageId, String emoji, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ReactionMessage {
		to = MessageChecks.recipient(to);
		messageId = MessageChecks.text(messageId, "reaction.message_id");
		emoji = MessageChecks.notNull(emoji, "reaction.emoji");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.REACTION;
	}

	@Override
	public ReactionMessage replyingTo(String wamid) {
		return new ReactionMessage(this.to, this.messageId, this.emoji, wamid, this.bizOpaqueCallbackData);
	}

	@Override
	public ReactionMessage withCallbackData(String data) {
		return new ReactionMessage(this.to, this.messageId, this.emoji, this.replyTo, data);
	}

}
