package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes messages as the request body of Meta's send endpoint. Uses a private {@link JsonMapper},
 * so the application's Jackson settings can never change the wire format; nulls are never written.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class MessageJson {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private MessageJson() {
	}

	/**
	 * Writes a message: {@code messaging_product}, {@code recipient_type}, {@code to} (phone number) or
	 * {@code recipient} (business-scoped user id), {@code type},
	 * the object named after the type, {@code context} when replying and
	 * {@code biz_opaque_callback_data} when set.
	 * @param message the message
	 * @return the UTF-8 JSON body
	 */
	public static byte[] write(WhatsAppMessage message) {
		ObjectNode root = NODES.objectNode();
		root.put("messaging_product", "whatsapp");
		root.put("recipient_type", "individual");
		// Meta: a BSUID goes in "recipient", a phone number in "to" (business-scoped user IDs page)
		root.put(Recipients.isBusinessScopedUserId(message.to()) ? "recipient" : "to", message.to());
		root.put("type", message.type().value());
		root.set(message.type().value(), payload(message));
		if (message.replyTo() != null) {
			root.putObject("context").put("message_id", message.replyTo());
		}
		putIfPresent(root, "biz_opaque_callback_data", message.bizOpaqueCallbackData());
		return MAPPER.writeValueAsBytes(root);
	}

	/**
	 * Writes a mark-as-read request, with {@code typing_indicator} when asked for.
	 * @param request the request
	 * @return the UTF-8 JSON body
	 */
	public static byte[] write(MarkAsRead request) {
		ObjectNode root = NODES.objectNode();
		root.put("messaging_product", "whatsapp");
		root.put("status", "read");
		root.put("message_id", request.messageId());
		if (request.typingIndicator()) {
			root.putObject("typing_indicator").put("type", "text");
		}
		return MAPPER.writeValueAsBytes(root);
	}

	private static JsonNode payload(WhatsAppMessage message) {
		if (message instanceof TextMessage text) {
			ObjectNode node = NODES.objectNode().put("body", text.body());
			return text.previewUrl() ? node.put("preview_url", true) : node;
		}
		if (message instanceof TemplateMessage template) {
			return TemplateJson.template(template);
		}
		if (message instanceof ImageMessage image) {
			return putIfPresent(media(image.media()), "caption", image.caption());
		}
		if (message instanceof VideoMessage video) {
			return putIfPresent(media(video.media()), "caption", video.caption());
		}
		if (message instanceof DocumentMessage document) {
			ObjectNode node = putIfPresent(media(document.media()), "filename", document.filename());
			return putIfPresent(node, "caption", document.caption());
		}
		if (message instanceof AudioMessage audio) {
			// Meta, audio messages page: "voice": true sends a voice message
			return audio.voice() ? media(audio.media()).put("voice", true) : media(audio.media());
		}
		if (message instanceof StickerMessage sticker) {
			return media(sticker.media());
		}
		if (message instanceof LocationMessage location) {
			ObjectNode node = NODES.objectNode()
				.put("latitude", location.latitude())
				.put("longitude", location.longitude());
			putIfPresent(node, "name", location.name());
			return putIfPresent(node, "address", location.address());
		}
		if (message instanceof ReactionMessage reaction) {
			return NODES.objectNode().put("message_id", reaction.messageId()).put("emoji", reaction.emoji());
		}
		if (message instanceof ContactsMessage contacts) {
			return ContactJson.contacts(contacts.contacts());
		}
		return InteractiveJson.interactive(message);
	}

	static ObjectNode media(MediaSource source) {
		ObjectNode node = NODES.objectNode();
		putIfPresent(node, "id", source.id());
		return putIfPresent(node, "link", source.link());
	}

	static ObjectNode putIfPresent(ObjectNode node, String name, @Nullable String value) {
		return (value != null) ? node.put(name, value) : node;
	}

}
