package io.github.whatsappstarter.management.template;

import java.util.stream.Stream;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.GraphPage;
import io.github.whatsappstarter.management.ManagementChecks;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * {@link MessageTemplateOperations} over the Graph API.
 */
final class GraphMessageTemplates implements MessageTemplateOperations {

	static final String FIELDS = "id,name,language,status,category,rejected_reason,components";

	private static final String EDGE = "message_templates";

	private static final ManagementChecks checks = new ManagementChecks("template");

	private final GraphCalls graph;

	private final String businessAccountId;

	GraphMessageTemplates(GraphCalls graph, String businessAccountId) {
		Assert.notNull(graph, "graph must not be null");
		Assert.hasText(businessAccountId, "businessAccountId must not be empty");
		this.graph = graph;
		this.businessAccountId = businessAccountId;
	}

	@Override
	public GraphPage<MessageTemplate> list(TemplateQuery query) {
		checks.present(query, "query");
		GraphRequest request = query.apply(GraphRequest.get(this.businessAccountId, EDGE).query("fields", FIELDS));
		return GraphJson.page(GraphJson.read(this.graph.call(request), "the template list"), MessageTemplate::parse);
	}

	@Override
	public Stream<MessageTemplate> stream(TemplateQuery query) {
		checks.present(query, "query");
		return GraphPage.stream((after) -> list(query.after(after)));
	}

	@Override
	public TemplateCreated create(TemplateDefinition definition) {
		checks.present(definition, "definition");
		TemplateDefinitionChecks.check(definition);
		byte[] body = TemplateDefinitionJson.write(definition);
		JsonNode root = GraphJson.read(this.graph.call(GraphRequest.post(this.businessAccountId, EDGE).body(body)),
				"the creation of template " + definition.name());
		String status = GraphJson.text(root, "status");
		return new TemplateCreated(String.valueOf(GraphJson.text(root, "id")), TemplateStatus.of(status), status,
				TemplateCategory.of(GraphJson.text(root, "category")));
	}

	@Override
	public void delete(String name) {
		checks.required(name, "name");
		this.graph.call(GraphRequest.delete(this.businessAccountId, EDGE).query("name", name));
	}

	@Override
	public void delete(String name, String templateId) {
		checks.required(name, "name");
		checks.required(templateId, "hsm_id");
		this.graph.call(GraphRequest.delete(this.businessAccountId, EDGE).query("name", name)
			.query("hsm_id", templateId));
	}

	@Override
	public String toString() {
		return "MessageTemplateOperations of account " + this.businessAccountId;
	}

}
