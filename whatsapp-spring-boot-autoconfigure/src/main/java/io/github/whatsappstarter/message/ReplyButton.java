package io.github.whatsappstarter.message;

/**
 * One reply button of an interactive message; the id comes back in the webhook when tapped.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param id the id, at most {@value MessageLimits#REPLY_BUTTON_ID_MAX_LENGTH} characters
 * @param title the label, at most {@value MessageLimits#REPLY_BUTTON_TITLE_MAX_LENGTH} characters
 */
public record ReplyButton(String id, String title) {

	public ReplyButton {
		id = MessageChecks.text(id, "interactive.action.buttons.reply.id", MessageLimits.REPLY_BUTTON_ID_MAX_LENGTH);
		title = MessageChecks.text(title, "interactive.action.buttons.reply.title",
				MessageLimits.REPLY_BUTTON_TITLE_MAX_LENGTH);
	}

}
