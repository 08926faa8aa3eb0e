package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code interactive} object of reply-button, list, call-to-action URL, Flow, location request,
 * address, single- and multi-product and catalog messages.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class InteractiveJson {

	private InteractiveJson() {
	}

	static ObjectNode interactive(WhatsAppMessage message) {
		if (message instanceof ReplyButtonsMessage buttons) {
			ObjectNode node = frame("button", buttons.header(), buttons.bodyText(), buttons.footer());
			ArrayNode array = node.putObject("action").putArray("buttons");
			for (ReplyButton button : buttons.buttons()) {
				array.addObject()
					.put("type", "reply")
					.putObject("reply")
					.put("id", button.id())
					.put("title", button.title());
			}
			return node;
		}
		if (message instanceof ListMessage list) {
			InteractiveHeader header = (list.header() != null) ? InteractiveHeader.text(list.header()) : null;
			ObjectNode node = frame("list", header, list.bodyText(), list.footer());
			ObjectNode action = node.putObject("action").put("button", list.buttonLabel());
			ArrayNode sections = action.putArray("sections");
			for (ListSection section : list.sections()) {
				ObjectNode sectionNode = MessageJson.putIfPresent(sections.addObject(), "title", section.title());
				ArrayNode rows = sectionNode.putArray("rows");
				for (ListRow row : section.rows()) {
					ObjectNode rowNode = rows.addObject().put("id", row.id()).put("title", row.title());
					MessageJson.putIfPresent(rowNode, "description", row.description());
				}
			}
			return node;
		}
		if (message instanceof CtaUrlMessage cta) {
			ObjectNode node = frame("cta_url", cta.header(), cta.bodyText(), cta.footer());
			node.putObject("action")
				.put("name", "cta_url")
				.putObject("parameters")
				.put("display_text", cta.displayText())
				.put("url", cta.url());
			return node;
		}
		ObjectNode commerce = CommerceJson.interactive(message);
		if (commerce != null) {
			return commerce;
		}
		throw new IllegalArgumentException("Not an interactive message: " + message.type());
	}

	static ObjectNode frame(String type, @Nullable InteractiveHeader header, @Nullable String body,
			@Nullable String footer) {
		ObjectNode node = MessageJson.NODES.objectNode().put("type", type);
		if (header != null) {
			ObjectNode headerNode = node.putObject("header").put("type", header.kind());
			if (header.media() != null) {
				headerNode.set(header.kind(), MessageJson.media(header.media()));
			}
			else {
				headerNode.put("text", header.text());
			}
		}
		if (body != null) {
			node.putObject("body").put("text", body);
		}
		if (footer != null) {
			node.putObject("footer").put("text", footer);
		}
		return node;
	}

}
