package io.github.whatsappstarter.management.template;

import io.github.whatsappstarter.management.GraphJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message template as Meta lists it. Status and category are enums; the raw values are kept so
 * a value Meta added after this release is still visible.
 *
 * @param id the template id ({@code hsm_id} when deleting one language)
 * @param name the name
 * @param language the language code, e.g. {@code en_US}
 * @param status the status, {@link TemplateStatus#UNKNOWN} for a value this release does not know
 * @param statusValue the status as Meta sent it
 * @param category the category, {@link TemplateCategory#UNKNOWN} for a value this release does not know
 * @param categoryValue the category as Meta sent it
 * @param rejectedReason why the template was rejected, if Meta said ({@code NONE} otherwise)
 * @param components the components as Meta sent them
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record MessageTemplate(String id, String name, String language, TemplateStatus status,
		@Nullable String statusValue, TemplateCategory category, @Nullable String categoryValue,
		@Nullable String rejectedReason, JsonNode components) {

	static MessageTemplate parse(JsonNode node) {
		String status = GraphJson.text(node, "status");
		String category = GraphJson.text(node, "category");
		return new MessageTemplate(String.valueOf(GraphJson.text(node, "id")),
				String.valueOf(GraphJson.text(node, "name")), String.valueOf(GraphJson.text(node, "language")),
				TemplateStatus.of(status), status, TemplateCategory.of(category), category,
				GraphJson.text(node, "rejected_reason"), node.path("components"));
	}

	/**
	 * Returns the text of the body component.
	 * @return the body text, or {@code null} when the template has none
	 */
	public @Nullable String bodyText() {
		for (JsonNode component : this.components) {
			if ("BODY".equalsIgnoreCase(GraphJson.text(component, "type"))) {
				return GraphJson.text(component, "text");
			}
		}
		return null;
	}

}
