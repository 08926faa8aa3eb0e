package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An audio message ({@code "type":"audio"}); audio takes no caption.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record AudioMessage(String to,
		MediaSource media,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public AudioMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "audio");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.AUDIO;
	}

	@Override
	public AudioMessage replyingTo(String messageId) {
		return new AudioMessage(this.to, this.media, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public AudioMessage withCallbackData(String data) {
		return new AudioMessage(this.to, this.media, this.replyTo, data);
	}

}
