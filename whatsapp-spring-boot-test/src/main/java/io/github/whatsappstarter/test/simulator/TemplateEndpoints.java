package io.github.whatsappstarter.test.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.whatsappstarter.test.simulator.MessageValidator.check;
import static io.github.whatsappstarter.test.simulator.MessageValidator.text;

/**
 * {@code GET}, {@code POST} and {@code DELETE /{version}/{waba-id}/message_templates} over a
 * {@link TemplateStore}, checked the way Meta checks a creation (name, category, components, body
 * length, consecutive placeholders with matching examples, buttons), and the check that a template
 * send names a sendable template.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
final class TemplateEndpoints {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");

	private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");

	private static final Set<String> COMPONENTS = Set.of("HEADER", "BODY", "FOOTER", "BUTTONS");

	private static final Set<String> FIELDS = Set.of("id", "name", "language", "status", "category", "components",
			"parameter_format", "rejected_reason");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

	private final TemplateStore store;

	TemplateEndpoints(TemplateStore store) {
		this.store = store;
	}

	byte[] list(SimulatorCall call) {
		String name = call.queryParameter("name");
		String status = call.queryParameter("status");
		String category = call.queryParameter("category");
		String language = call.queryParameter("language");
		Set<String> fields = fields(call.queryParameter("fields"));
		List<ObjectNode> matching = new ArrayList<>();
		for (ObjectNode template : this.store.sorted()) {
			// Graph matches the name loosely; exact matching is the client's job
			if ((name == null || template.path("name").asString().contains(name.toLowerCase(Locale.ROOT)))
					&& matches(template, "status", status) && matches(template, "category", category)
					&& matches(template, "language", language)) {
				matching.add(select(template, fields));
			}
		}
		return Json.MAPPER.writeValueAsBytes(Paging.page(matching, call));
	}

	byte[] create(byte[] body) {
		JsonNode request = Json.MAPPER.readTree(body);
		check(request.isObject(), "Request body must be a JSON object");
		check(NAME.matcher(text(request, "name")).matches(),
				"Param name must be at most 512 lowercase letters, digits and underscores");
		check(!text(request, "language").isEmpty(), "Param language is required");
		check(CATEGORIES.contains(text(request, "category").toUpperCase(Locale.ROOT)),
				"Param category must be one of MARKETING, UTILITY, AUTHENTICATION");
		String format = request.has("parameter_format") ? text(request, "parameter_format") : "POSITIONAL";
		check(Set.of("POSITIONAL", "NAMED").contains(format.toUpperCase(Locale.ROOT)),
				"Param parameter_format must be POSITIONAL or NAMED");
		components(request.path("components"), "NAMED".equalsIgnoreCase(format));
		ObjectNode template = this.store.create(request);
		ObjectNode answer = Json.MAPPER.createObjectNode();
		answer.put("id", template.path("id").asString());
		answer.put("status", template.path("status").asString());
		answer.put("category", template.path("category").asString());
		return Json.MAPPER.writeValueAsBytes(answer);
	}

	byte[] delete(SimulatorCall call) {
		String name = call.queryParameter("name");
		check(name != null && !name.isEmpty(), "Param name is required");
		String id = call.queryParameter("hsm_id");
		check(this.store.delete(name, id) > 0, "Message template \"" + name + "\" not found");
		return "{\"success\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Whether a template send names a template that can be sent; null when it can.
	 */
	GraphError sendCheck(JsonNode template) {
		String name = text(template, "name");
		String language = text(template.path("language"), "code");
		ObjectNode known = this.store.find(name, language);
		if (known == null) {
			return this.store.requiresKnown() ? GraphError.of(132001,
					"template name (" + name + ") does not exist in " + language) : null;
		}
		String status = known.path("status").asString();
		if ("PAUSED".equals(status)) {
			return GraphError.of(132015, "Template is paused due to low quality: " + name);
		}
		if ("DISABLED".equals(status)) {
			return GraphError.of(132016, "Template is disabled due to low quality: " + name);
		}
		if (!"APPROVED".equals(status)) {
			return GraphError.of(132001, "template name (" + name + ") does not exist in " + language
					+ " (status " + status + ")");
		}
		int expected = new LinkedHashSet<>(placeholders(bodyText(known.path("components")))).size();
		int given = 0;
		for (JsonNode component : template.path("components")) {
			if ("body".equals(text(component, "type"))) {
				given = component.path("parameters").size();
			}
		}
		if (expected != given) {
			return GraphError.of(132000, "body: number of localizable_params (" + given
					+ ") does not match the expected number of params (" + expected + ")");
		}
		return null;
	}

	private static void components(JsonNode components, boolean named) {
		check(components.isArray() && !components.isEmpty(), "Param components is required");
		int bodies = 0;
		for (int i = 0; i < components.size(); i++) {
			JsonNode component = components.get(i);
			String at = "components[" + i + "]";
			String type = text(component, "type").toUpperCase(Locale.ROOT);
			check(COMPONENTS.contains(type), "Param " + at + "['type'] must be one of HEADER, BODY, FOOTER, BUTTONS");
			switch (type) {
				case "BODY" -> {
					bodies++;
					body(component, at, named);
				}
				case "HEADER" -> check(!"TEXT".equalsIgnoreCase(text(component, "format"))
						|| text(component, "text").length() <= 60, "Param " + at + "['text'] must be at most 60 characters");
				case "FOOTER" -> check(!text(component, "text").isEmpty() && text(component, "text").length() <= 60,
						"Param " + at + "['text'] must be 1 to 60 characters");
				default -> check(component.path("buttons").isArray() && !component.path("buttons").isEmpty()
						&& component.path("buttons").size() <= 10, "Param " + at + "['buttons'] must hold 1 to 10 buttons");
			}
		}
		check(bodies == 1, "Param components must hold one BODY component");
	}

	private static void body(JsonNode component, String at, boolean named) {
		String text = text(component, "text");
		check(!text.isEmpty() && text.length() <= 1024, "Param " + at + "['text'] must be 1 to 1024 characters");
		Set<String> placeholders = new LinkedHashSet<>(placeholders(text));
		JsonNode example = component.path("example");
		if (named) {
			Set<String> names = new LinkedHashSet<>();
			for (JsonNode parameter : example.path("body_text_named_params")) {
				names.add(text(parameter, "param_name"));
			}
			check(names.equals(placeholders), "Param " + at + "['example']['body_text_named_params'] must hold one "
					+ "example per named parameter " + placeholders);
			return;
		}
		for (int n = 1; n <= placeholders.size(); n++) {
			check(placeholders.contains(String.valueOf(n)), "Param " + at
					+ "['text'] has parameters that are not numbered consecutively from {{1}}");
		}
		check(placeholders.isEmpty() || example.path("body_text").path(0).size() == placeholders.size(),
				"Param " + at + "['example']['body_text'] must hold " + placeholders.size() + " example values");
	}

	private static Set<String> fields(String value) {
		if (value == null || value.isBlank()) {
			return Set.of("id", "name", "language", "status", "category", "components", "parameter_format");
		}
		Set<String> fields = new LinkedHashSet<>();
		for (String field : value.split(",")) {
			String name = field.trim();
			check(FIELDS.contains(name),
					"Tried accessing nonexisting field (" + name + ") on node type (MessageTemplate)");
			fields.add(name);
		}
		fields.add("id");
		return fields;
	}

	private static ObjectNode select(ObjectNode template, Set<String> fields) {
		ObjectNode selected = Json.MAPPER.createObjectNode();
		for (String field : fields) {
			selected.set(field, template.path(field).deepCopy());
		}
		return selected;
	}

	private static boolean matches(ObjectNode template, String field, String value) {
		return value == null || template.path(field).asString().equalsIgnoreCase(value);
	}

	private static String bodyText(JsonNode components) {
		for (JsonNode component : components) {
			if ("BODY".equalsIgnoreCase(text(component, "type"))) {
				return text(component, "text");
			}
		}
		return "";
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1).strip());
		}
		return found;
	}

}
