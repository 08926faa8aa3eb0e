package io.github.whatsappstarter.message;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code template} object of a template message: name, language and components.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class TemplateJson {

	private TemplateJson() {
	}

	static ObjectNode template(TemplateMessage message) {
		ObjectNode node = MessageJson.NODES.objectNode().put("name", message.name());
		ObjectNode language = node.putObject("language").put("code", message.languageCode());
		MessageJson.putIfPresent(language, "policy", message.languagePolicy());
		if (message.header().isEmpty() && message.body().isEmpty() && message.buttons().isEmpty()) {
			return node;
		}
		ArrayNode components = node.putArray("components");
		if (!message.header().isEmpty()) {
			parameters(components.addObject().put("type", "header"), message.header());
		}
		if (!message.body().isEmpty()) {
			parameters(components.addObject().put("type", "body"), message.body());
		}
		for (TemplateButton button : message.buttons()) {
			ObjectNode component = components.addObject()
				.put("type", "button")
				.put("sub_type", button.subType().value())
				.put("index", Integer.toString(button.index()));
			parameters(component, button.parameters());
		}
		return node;
	}

	private static void parameters(ObjectNode component, List<TemplateParameter> parameters) {
		ArrayNode array = component.putArray("parameters");
		for (TemplateParameter parameter : parameters) {
			array.add(parameter(parameter));
		}
	}

	private static ObjectNode parameter(TemplateParameter parameter) {
		ObjectNode node = MessageJson.NODES.objectNode();
		if (parameter instanceof TemplateParameter.Text text) {
			return node.put("type", "text").put("text", text.text());
		}
		if (parameter instanceof TemplateParameter.Currency currency) {
			node.put("type", "currency")
				.putObject("currency")
				.put("fallback_value", currency.fallbackValue())
				.put("code", currency.code())
				.put("amount_1000", currency.amount1000());
			return node;
		}
		if (parameter instanceof TemplateParameter.DateTime dateTime) {
			node.put("type", "date_time").putObject("date_time").put("fallback_value", dateTime.fallbackValue());
			return node;
		}
		if (parameter instanceof TemplateParameter.Media media) {
			node.put("type", media.kind()).set(media.kind(), MessageJson.media(media.source()));
			return node;
		}
		TemplateParameter.Payload payload = (TemplateParameter.Payload) parameter;
		return node.put("type", "payload").put("payload", payload.payload());
	}

}
