package io.github.whatsappstarter.management.template;

import java.util.Map;

import io.github.whatsappstarter.management.GraphJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link TemplateDefinition} as the body of {@code POST /{waba-id}/message_templates}.
 */
final class TemplateDefinitionJson {

	private TemplateDefinitionJson() {
	}

	static byte[] write(TemplateDefinition definition) {
		ObjectNode root = GraphJson.object();
		root.put("name", definition.name());
		root.put("language", definition.language());
		root.put("category", definition.category().name());
		root.put("parameter_format", definition.parameterFormat().name());
		ArrayNode components = root.putArray("components");
		if (definition.header() != null) {
			header(components.addObject(), definition.header());
		}
		body(components.addObject(), definition);
		if (definition.footer() != null) {
			components.addObject().put("type", "FOOTER").put("text", definition.footer());
		}
		if (!definition.buttons().isEmpty()) {
			ArrayNode buttons = components.addObject().put("type", "BUTTONS").putArray("buttons");
			for (TemplateButtonDefinition button : definition.buttons()) {
				button(buttons.addObject(), button);
			}
		}
		return GraphJson.write(root);
	}

	private static void header(ObjectNode header, TemplateHeader definition) {
		header.put("type", "HEADER");
		switch (definition.format()) {
			case "TEXT" -> {
				header.put("format", "TEXT").put("text", definition.text());
				if (!definition.examples().isEmpty()) {
					header.putObject("example").putArray("header_text").add(definition.examples().get(0));
				}
			}
			case "TEXT_NAMED" -> {
				header.put("format", "TEXT").put("text", definition.text());
				header.putObject("example")
					.putArray("header_text_named_params")
					.addObject()
					.put("param_name", definition.examples().get(0))
					.put("example", definition.examples().get(1));
			}
			case "LOCATION" -> header.put("format", "LOCATION");
			default -> {
				header.put("format", definition.format());
				header.putObject("example").putArray("header_handle").add(definition.examples().get(0));
			}
		}
	}

	private static void body(ObjectNode body, TemplateDefinition definition) {
		body.put("type", "BODY").put("text", definition.body());
		Map<String, String> examples = definition.bodyExamples();
		if (examples.isEmpty()) {
			return;
		}
		ObjectNode example = body.putObject("example");
		if (definition.parameterFormat() == ParameterFormat.NAMED) {
			ArrayNode named = example.putArray("body_text_named_params");
			examples.forEach((name, value) -> named.addObject().put("param_name", name).put("example", value));
		}
		else {
			ArrayNode values = example.putArray("body_text").addArray();
			examples.values().forEach(values::add);
		}
	}

	private static void button(ObjectNode button, TemplateButtonDefinition definition) {
		button.put("type", definition.type());
		switch (definition.type()) {
			case "URL" -> {
				button.put("text", definition.text()).put("url", definition.value());
				if (definition.example() != null) {
					button.putArray("example").add(definition.example());
				}
			}
			case "PHONE_NUMBER" -> button.put("text", definition.text()).put("phone_number", definition.value());
			case "COPY_CODE" -> button.put("example", definition.example());
			default -> button.put("text", definition.text());
		}
	}

}
