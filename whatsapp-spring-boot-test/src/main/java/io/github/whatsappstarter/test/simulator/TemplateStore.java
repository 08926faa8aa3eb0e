package io.github.whatsappstarter.test.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The message templates of the simulated WhatsApp Business Account, changeable while it runs. A
 * template created through {@code POST /{waba-id}/message_templates} is reviewed at once with the
 * configured outcome (APPROVED by default; {@link #reviewNewTemplatesAs(String)} PENDING keeps it
 * waiting until {@link #status(String, String, String)} approves it). A template send names a
 * template: a known one that is not APPROVED is refused (132001, or 132015 / 132016 when paused /
 * disabled) and its body must get as many parameters as it has placeholders (132000); an unknown
 * one is accepted unless {@link #requireKnownTemplates(boolean)} is on, so tests that never create
 * templates keep working. {@link WhatsAppSimulator#reset()} empties the store.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class TemplateStore {

	private final Map<String, ObjectNode> templates = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(500000000000001L);

	private volatile String reviewStatus = "APPROVED";

	private volatile boolean requireKnown;

	TemplateStore() {
	}

	/**
	 * Set the status new templates get at creation, e.g. PENDING (default APPROVED).
	 * @param status the status
	 * @return this
	 */
	public TemplateStore reviewNewTemplatesAs(String status) {
		this.reviewStatus = Objects.requireNonNull(status, "status must not be null");
		return this;
	}

	/**
	 * Refuse sends of templates the store does not know with 132001 (default off).
	 * @param require whether only known templates can be sent
	 * @return this
	 */
	public TemplateStore requireKnownTemplates(boolean require) {
		this.requireKnown = require;
		return this;
	}

	/**
	 * Set a template's status, e.g. APPROVED after review, PAUSED, or a value Meta may add later.
	 * @param name the name
	 * @param language the language code
	 * @param status the status
	 * @return this
	 * @throws IllegalArgumentException if there is no such template
	 */
	public TemplateStore status(String name, String language, String status) {
		ObjectNode template = this.templates.get(key(name, language));
		if (template == null) {
			throw new IllegalArgumentException("No template " + name + " in " + language);
		}
		template.put("status", Objects.requireNonNull(status, "status must not be null"));
		return this;
	}

	/**
	 * The status of a template.
	 * @param name the name
	 * @param language the language code
	 * @return the status, or null when there is no such template
	 */
	public String status(String name, String language) {
		ObjectNode template = this.templates.get(key(name, language));
		return (template != null) ? template.path("status").asString() : null;
	}

	/**
	 * How many templates (name and language pairs) the account holds.
	 * @return the count
	 */
	public int size() {
		return this.templates.size();
	}

	ObjectNode create(JsonNode request) {
		String name = request.path("name").asString();
		String language = request.path("language").asString();
		ObjectNode template = Json.MAPPER.createObjectNode();
		template.put("id", String.valueOf(this.ids.getAndIncrement()));
		template.put("name", name);
		template.put("language", language);
		template.put("status", this.reviewStatus);
		template.put("category", request.path("category").asString().toUpperCase(Locale.ROOT));
		template.put("parameter_format",
				request.path("parameter_format").asString("POSITIONAL").toUpperCase(Locale.ROOT));
		template.set("components", request.path("components").deepCopy());
		template.put("rejected_reason", "NONE");
		if (this.templates.putIfAbsent(key(name, language), template) != null) {
			throw new MessageValidator.InvalidRequestException(
					"Content in this language already exists: " + name + " (" + language + ")");
		}
		return template;
	}

	ObjectNode find(String name, String language) {
		return this.templates.get(key(name, language));
	}

	/** Templates sorted by name, then language, so pages are stable. */
	List<ObjectNode> sorted() {
		List<ObjectNode> all = new ArrayList<>(this.templates.values());
		all.sort((a, b) -> key(a.path("name").asString(), a.path("language").asString())
			.compareTo(key(b.path("name").asString(), b.path("language").asString())));
		return all;
	}

	/** Removes every language of the name, or the one with the id; returns how many went. */
	int delete(String name, String id) {
		int before = this.templates.size();
		this.templates.values()
			.removeIf((t) -> t.path("name").asString().equals(name) && (id == null || t.path("id").asString().equals(id)));
		return before - this.templates.size();
	}

	boolean requiresKnown() {
		return this.requireKnown;
	}

	void clear() {
		this.templates.clear();
		this.reviewStatus = "APPROVED";
		this.requireKnown = false;
	}

	private static String key(String name, String language) {
		return name + "\u0000" + language;
	}

}
