package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * A free-form text message ({@code "type":"text"}); only allowed inside an open customer service
 * window.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param body the text, not blank, at most {@value MessageLimits#TEXT_BODY_MAX_LENGTH} characters
 * @param previewUrl whether WhatsApp should render a preview of the first link
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record TextMessage(String to, String body, boolean previewUrl, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public TextMessage {
		to = MessageChecks.recipient(to);
		body = MessageChecks.text(body, "text.body", MessageLimits.TEXT_BODY_MAX_LENGTH);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.TEXT;
	}

	/**
	 * Returns a copy with another body.
	 * @param body the new text
	 * @return a new message
	 */
	public TextMessage withBody(String body) {
		return new TextMessage(this.to, body, this.previewUrl, this.replyTo, this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy that asks for (or suppresses) a link preview.
	 * @param previewUrl whether to render a link preview
	 * @return a new message
	 */
	public TextMessage withPreviewUrl(boolean previewUrl) {
		return new TextMessage(this.to, this.body, previewUrl, this.replyTo, this.bizOpaqueCallbackData);
	}

	@Override
	public TextMessage replyingTo(String messageId) {
		return new TextMessage(this.to, this.body, this.previewUrl, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public TextMessage withCallbackData(String data) {
		return new TextMessage(this.to, this.body, this.previewUrl, this.replyTo, data);
	}

}
