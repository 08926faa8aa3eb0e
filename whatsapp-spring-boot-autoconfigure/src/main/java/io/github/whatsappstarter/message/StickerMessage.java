package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * A sticker message ({@code "type":"sticker"}); stickers take no caption.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record StickerMessage(String to,
		MediaSource media,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public StickerMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "sticker");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.STICKER;
	}

	@Override
	public StickerMessage replyingTo(String messageId) {
		return new StickerMessage(this.to, this.media, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public StickerMessage withCallbackData(String data) {
		return new StickerMessage(this.to, this.media, this.replyTo, data);
	}

}
