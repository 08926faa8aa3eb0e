package io.github.whatsappstarter.message;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code interactive} object of the Flow, location request, address, product, product list and
 * catalog messages, in the shapes of Meta's guides for each.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class CommerceJson {

	private CommerceJson() {
	}

	static @Nullable ObjectNode interactive(WhatsAppMessage message) {
		if (message instanceof FlowMessage flow) {
			ObjectNode node = InteractiveJson.frame("flow", flow.header(), flow.bodyText(), flow.footer());
			ObjectNode parameters = node.putObject("action").put("name", "flow").putObject("parameters");
			parameters.put("flow_message_version", "3");
			MessageJson.putIfPresent(parameters, "flow_id", flow.flowId());
			MessageJson.putIfPresent(parameters, "flow_name", flow.flowName());
			MessageJson.putIfPresent(parameters, "flow_token", flow.flowToken());
			parameters.put("flow_cta", flow.cta());
			parameters.put("mode", flow.mode().value());
			parameters.put("flow_action", flow.action().value());
			if (flow.action() == FlowMessage.Action.NAVIGATE) {
				ObjectNode payload = parameters.putObject("flow_action_payload").put("screen", flow.screen());
				if (!flow.data().isEmpty()) {
					payload.set("data", MessageJson.MAPPER.valueToTree(flow.data()));
				}
			}
			return node;
		}
		if (message instanceof LocationRequestMessage request) {
			ObjectNode node = InteractiveJson.frame("location_request_message", null, request.bodyText(), null);
			node.putObject("action").put("name", "send_location");
			return node;
		}
		if (message instanceof AddressMessage address) {
			InteractiveHeader header = (address.header() != null) ? InteractiveHeader.text(address.header()) : null;
			ObjectNode node = InteractiveJson.frame("address_message", header, address.bodyText(), address.footer());
			ObjectNode parameters = node.putObject("action").put("name", "address_message").putObject("parameters");
			parameters.put("country", address.country());
			if (!address.values().isEmpty()) {
				ObjectNode values = parameters.putObject("values");
				for (Map.Entry<String, String> value : address.values().entrySet()) {
					values.put(value.getKey(), value.getValue());
				}
			}
			return node;
		}
		if (message instanceof ProductMessage product) {
			ObjectNode node = InteractiveJson.frame("product", null, product.bodyText(), product.footer());
			node.putObject("action")
				.put("catalog_id", product.catalogId())
				.put("product_retailer_id", product.productRetailerId());
			return node;
		}
		if (message instanceof ProductListMessage list) {
			ObjectNode node = InteractiveJson.frame("product_list", InteractiveHeader.text(list.headerText()),
					list.bodyText(), list.footer());
			ObjectNode action = node.putObject("action").put("catalog_id", list.catalogId());
			ArrayNode sections = action.putArray("sections");
			for (ProductListSection section : list.sections()) {
				ObjectNode sectionNode = MessageJson.putIfPresent(sections.addObject(), "title", section.title());
				ArrayNode items = sectionNode.putArray("product_items");
				for (String id : section.productRetailerIds()) {
					items.addObject().put("product_retailer_id", id);
				}
			}
			return node;
		}
		if (message instanceof CatalogMessage catalog) {
			ObjectNode node = InteractiveJson.frame("catalog_message", null, catalog.bodyText(), catalog.footer());
			ObjectNode action = node.putObject("action").put("name", "catalog_message");
			if (catalog.thumbnailProductRetailerId() != null) {
				action.putObject("parameters")
					.put("thumbnail_product_retailer_id", catalog.thumbnailProductRetailerId());
			}
			return node;
		}
		return null;
	}

}
