package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An audio message ({@code "type":"audio"}); audio takes no caption. Sent as a voice message
 * ({@code "voice":true}) it gets a voice icon, automatic download, a transcript and a "played" status;
 * Meta wants an OGG file encoded with OPUS for that
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/audio-messages/).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param media the uploaded media id or link
 * @param voice whether to send it as a voice message
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record AudioMessage(String to,
		MediaSource media,
		boolean voice,
		@Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public AudioMessage {
		to = MessageChecks.recipient(to);
		media = MessageChecks.notNull(media, "audio");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	/**
	 * A basic audio message, not a voice message.
	 * @param to the recipient
	 * @param media the uploaded media id or link
	 * @param replyTo the wamid replied to, or {@code null}
	 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
	 */
	public AudioMessage(String to, MediaSource media, @Nullable String replyTo,
			@Nullable String bizOpaqueCallbackData) {
		this(to, media, false, replyTo, bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.AUDIO;
	}

	/**
	 * Returns a copy sent as a voice message ({@code "voice":true}); use an OGG/OPUS file.
	 * @return a new message
	 */
	public AudioMessage asVoice() {
		return new AudioMessage(this.to, this.media, true, this.replyTo, this.bizOpaqueCallbackData);
	}

	@Override
	public AudioMessage replyingTo(String messageId) {
		return new AudioMessage(this.to, this.media, this.voice, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public AudioMessage withCallbackData(String data) {
		return new AudioMessage(this.to, this.media, this.voice, this.replyTo, data);
	}

}
