package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An interactive list message ({@code "interactive":{"type":"list"}}): a button that opens up to
 * ten rows in titled sections. Build it with {@link WhatsAppMessage#list(String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param bodyText the body text
 * @param buttonLabel the label of the button that opens the list
 * @param header the header text, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param sections the sections
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ListMessage(String to, String bodyText, String buttonLabel, @Nullable String header,
		@Nullable String footer, List<ListSection> sections, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ListMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		buttonLabel = MessageChecks.text(buttonLabel, "interactive.action.button",
				MessageLimits.LIST_BUTTON_MAX_LENGTH);
		header = InteractiveChecks.optionalTextHeader(header);
		footer = InteractiveChecks.footer(footer);
		sections = InteractiveChecks.sections(sections, MessageLimits.LIST_ROWS_MAX, ListSection::title,
				(section) -> section.rows().size(), "rows", MessageLimits.LIST_ROWS_MAX);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	@Override
	public ListMessage replyingTo(String messageId) {
		return new ListMessage(this.to, this.bodyText, this.buttonLabel, this.header, this.footer, this.sections,
				messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public ListMessage withCallbackData(String data) {
		return new ListMessage(this.to, this.bodyText, this.buttonLabel, this.header, this.footer, this.sections,
				this.replyTo, data);
	}

	/**
	 * Collects header, footer and sections; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public static final class Builder {

		private final String to;

		private final String bodyText;

		private final String buttonLabel;

		private @Nullable String header;

		private @Nullable String footer;

		private final List<ListSection> sections = new ArrayList<>();

		Builder(String to, String bodyText, String buttonLabel) {
			this.to = to;
			this.bodyText = bodyText;
			this.buttonLabel = buttonLabel;
		}

		/**
		 * Sets the header text.
		 * @param text the header text
		 * @return this builder
		 */
		public Builder header(String text) {
			this.header = text;
			return this;
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
		 * Adds a section.
		 * @param title the section title ({@code null} only for a single section)
		 * @param rows the rows
		 * @return this builder
		 */
		public Builder section(@Nullable String title, ListRow... rows) {
			ListRow[] checked = MessageChecks.notNull(rows, "interactive.action.sections.rows");
			this.sections.add(new ListSection(title, Arrays.asList(checked)));
			return this;
		}

		/**
		 * Validates and builds the message.
		 * @return the message
		 */
		public ListMessage build() {
			return new ListMessage(this.to, this.bodyText, this.buttonLabel, this.header, this.footer, this.sections,
					null, null);
		}

	}

}
