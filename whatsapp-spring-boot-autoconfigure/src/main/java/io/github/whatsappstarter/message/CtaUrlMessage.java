package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An interactive call-to-action URL message ({@code "interactive":{"type":"cta_url"}}): a body
 * and one button that opens a URL. Create it with
 * {@link WhatsAppMessage#ctaUrl(String, String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param bodyText the body text
 * @param displayText the button's label
 * @param url the URL the button opens
 * @param header the header, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record CtaUrlMessage(String to, String bodyText, String displayText, String url,
		@Nullable InteractiveHeader header, @Nullable String footer, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public CtaUrlMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		displayText = MessageChecks.text(displayText, "interactive.action.parameters.display_text");
		url = MessageChecks.text(url, "interactive.action.parameters.url");
		footer = InteractiveChecks.footer(footer);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	/**
	 * Returns a copy with a header.
	 * @param header a text or media header
	 * @return a new message
	 */
	public CtaUrlMessage withHeader(InteractiveHeader header) {
		return new CtaUrlMessage(this.to, this.bodyText, this.displayText, this.url, header, this.footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with a footer.
	 * @param footer the footer text
	 * @return a new message
	 */
	public CtaUrlMessage withFooter(String footer) {
		return new CtaUrlMessage(this.to, this.bodyText, this.displayText, this.url, this.header, footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public CtaUrlMessage replyingTo(String messageId) {
		return new CtaUrlMessage(this.to, this.bodyText, this.displayText, this.url, this.header, this.footer,
				messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public CtaUrlMessage withCallbackData(String data) {
		return new CtaUrlMessage(this.to, this.bodyText, this.displayText, this.url, this.header, this.footer,
				this.replyTo, data);
	}

}
