package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An interactive message with one to three reply buttons ({@code "interactive":{"type":"button"}}).
 * Build it with {@link WhatsAppMessage#buttons(String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param bodyText the body text
 * @param header the header, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param buttons the buttons, with unique titles
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ReplyButtonsMessage(String to, String bodyText, @Nullable InteractiveHeader header,
		@Nullable String footer, List<ReplyButton> buttons, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ReplyButtonsMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		footer = InteractiveChecks.footer(footer);
		buttons = MessageChecks.list(buttons, "interactive.action.buttons", MessageLimits.REPLY_BUTTONS_MIN,
				MessageLimits.REPLY_BUTTONS_MAX);
		Set<String> titles = new HashSet<>();
		for (ReplyButton button : buttons) {
			if (!titles.add(button.title())) {
				throw new WhatsAppValidationException("interactive.action.buttons.reply.title",
						"must be unique but '" + button.title() + "' repeats");
			}
		}
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	@Override
	public ReplyButtonsMessage replyingTo(String messageId) {
		return new ReplyButtonsMessage(this.to, this.bodyText, this.header, this.footer, this.buttons, messageId,
				this.bizOpaqueCallbackData);
	}

	@Override
	public ReplyButtonsMessage withCallbackData(String data) {
		return new ReplyButtonsMessage(this.to, this.bodyText, this.header, this.footer, this.buttons, this.replyTo,
				data);
	}

	/**
	 * Collects header, footer and buttons; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public static final class Builder {

		private final String to;

		private final String bodyText;

		private @Nullable InteractiveHeader header;

		private @Nullable String footer;

		private final List<ReplyButton> buttons = new ArrayList<>();

		Builder(String to, String bodyText) {
			this.to = to;
			this.bodyText = bodyText;
		}

		/**
		 * Sets the header.
		 * @param header a text or media header
		 * @return this builder
		 */
		public Builder header(InteractiveHeader header) {
			this.header = header;
			return this;
		}

		/**
		 * Sets a text header.
		 * @param text the header text
		 * @return this builder
		 */
		public Builder header(String text) {
			return header(InteractiveHeader.text(text));
		}

		/**
		 * Sets the footer.
		 * @param footer the footer text
		 * @return this builder
		 */
		public Builder footer(String footer) {
			this.footer = footer;
			return this;
		}

		/**
		 * Adds a button.
		 * @param id the id returned when the button is tapped
		 * @param title the label
		 * @return this builder
		 */
		public Builder button(String id, String title) {
			this.buttons.add(new ReplyButton(id, title));
			return this;
		}

		/**
		 * Validates and builds the message.
		 * @return the message
		 */
		public ReplyButtonsMessage build() {
			return new ReplyButtonsMessage(this.to, this.bodyText, this.header, this.footer, this.buttons, null, null);
		}

	}

}
