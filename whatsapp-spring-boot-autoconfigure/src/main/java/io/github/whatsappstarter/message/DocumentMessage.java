package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * A document message ({@code "type":"document"}), optionally with a caption and the file name shown to the user.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param caption the caption, or {@code null}
 * @param filename the file name shown to the user, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record DocumentMessage(String to,
		MediaSource media,
		@Nullable String caption,
		@Nullable String filename,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public DocumentMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "document");
		caption = MessageChecks.optionalText(caption, "document.caption", MessageLimits.CAPTION_MAX_LENGTH);
		filename = MessageChecks.optionalText(filename, "document.filename");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.DOCUMENT;
	}

	/**
	 * Returns a copy with a caption.
	 * @param caption the caption, at most {@value MessageLimits#CAPTION_MAX_LENGTH} characters
	 * @return a new message
	 */
	public DocumentMessage withCaption(String caption) {
		return new DocumentMessage(this.to, this.media, caption, this.filename, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with the file name shown to the user.
	 * @param filename the file name, e.g. {@code receipt.pdf}
	 * @return a new message
	 */
	public DocumentMessage withFilename(String filename) {
		return new DocumentMessage(this.to, this.media, this.caption, filename, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public DocumentMessage replyingTo(String messageId) {
		return new DocumentMessage(this.to, this.media, this.caption, this.filename, messageId,
				this.bizOpaqueCallbackData);
	}

	@Override
	public DocumentMessage withCallbackData(String data) {
		return new DocumentMessage(this.to, this.media, this.caption, this.filename, this.replyTo, data);
	}

}
