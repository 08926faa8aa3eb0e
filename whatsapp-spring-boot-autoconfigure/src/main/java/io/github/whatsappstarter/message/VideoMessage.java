package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * A video message ({@code "type":"video"}), optionally with a caption.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param caption the caption, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record VideoMessage(String to,
		MediaSource media,
		@Nullable String caption,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public VideoMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "video");
		caption = MessageChecks.optionalText(caption, "video.caption", MessageLimits.CAPTION_MAX_LENGTH);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.VIDEO;
	}

	/**
	 * Returns a copy with a caption.
	 * @param caption the caption, at most {@value MessageLimits#CAPTION_MAX_LENGTH} characters
	 * @return a new message
	 */
	public VideoMessage withCaption(String caption) {
		return new VideoMessage(this.to, this.media, caption, this.replyTo, this.bizOpaqueCallbackData);
	}

	@Override
	public VideoMessage replyingTo(String messageId) {
		return new VideoMessage(this.to, this.media, this.caption, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public VideoMessage withCallbackData(String data) {
		return new VideoMessage(this.to, this.media, this.caption, this.replyTo, data);
	}

}
