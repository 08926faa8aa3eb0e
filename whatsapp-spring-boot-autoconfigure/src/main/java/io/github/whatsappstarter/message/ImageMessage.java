package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An image message ({@code "type":"image"}), optionally with a caption.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param caption the caption, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ImageMessage(String to,
		MediaSource media,
		@Nullable String caption,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ImageMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "image");
		caption = MessageChecks.optionalText(caption, "image.caption", MessageLimits.CAPTION_MAX_LENGTH);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.IMAGE;
	}

	/**
	 * Returns a copy with a caption.
	 * @param caption the caption, at most {@value MessageLimits#CAPTION_MAX_LENGTH} characters
	 * @return a new message
	 */
	public ImageMessage withCaption(String caption) {
		return new ImageMessage(this.to, this.media, caption, this.replyTo, this.bizOpaqueCallbackData);
	}

	@Override
	public ImageMessage replyingTo(String messageId) {
		return new ImageMessage(this.to, this.media, this.caption, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public ImageMessage withCallbackData(String data) {
		return new ImageMessage(this.to, this.media, this.caption, this.replyTo, data);
	}

}
