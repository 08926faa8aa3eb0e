package io.github.whatsappstarter.message;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code template} object of a template message: name, language and components
 * (header, body, limited-time offer, carousel cards, buttons).
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
		if (message.header().isEmpty() && message.body().isEmpty() && message.buttons().isEmpty()
				&& message.offerExpiration() == null && message.carousel().isEmpty()) {
			return node;
		}
		ArrayNode components = node.putArray("components");
		components(components, message.header(), message.body());
		if (message.offerExpiration() != null) {
			// Meta: limited-time offer templates, "limited_time_offer" component at send time
			components.addObject()
				.put("type", "limited_time_offer")
				.putArray("parameters")
				.addObject()
				.put("type", "limited_time_offer")
				.putObject("limited_time_offer")
				.put("expiration_time_ms", message.offerExpiration().toEpochMilli());
		}
		if (!message.carousel().isEmpty()) {
			ArrayNode cards = components.addObject().put("type", "carousel").putArray("cards");
			for (CarouselCard card : message.carousel()) {
				ArrayNode cardComponents = cards.addObject()
					.put("card_index", card.cardIndex())
					.putArray("components");
				components(cardComponents, List.of(card.header()), card.body());
				buttons(cardComponents, card.buttons());
			}
		}
		buttons(components, message.buttons());
		return node;
	}

	private static void components(ArrayNode components, List<TemplateParameter> header,
			List<TemplateParameter> body) {
		if (!header.isEmpty()) {
			parameters(components.addObject().put("type", "header"), header);
		}
		if (!body.isEmpty()) {
			parameters(components.addObject().put("type", "body"), body);
		}
	}

	private static void buttons(ArrayNode components, List<TemplateButton> buttons) {
		for (TemplateButton button : buttons) {
			ObjectNode component = components.addObject()
				.put("type", "button")
				.put("sub_type", button.subType().value())
				.put("index", Integer.toString(button.index()));
			parameters(component, button.parameters());
		}
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
			node.put("type", "text");
			MessageJson.putIfPresent(node, "parameter_name", text.parameterName());
			return node.put("text", text.text());
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
			ObjectNode source = MessageJson.putIfPresent(MessageJson.media(media.source()), "filename",
					media.filename());
			node.put("type", media.kind()).set(media.kind(), source);
			return node;
		}
		if (parameter instanceof TemplateParameter.Location location) {
			node.put("type", "location")
				.putObject("location")
				.put("latitude", location.latitude())
				.put("longitude", location.longitude())
				.put("name", location.name())
				.put("address", location.address());
			return node;
		}
		if (parameter instanceof TemplateParameter.CouponCode coupon) {
			return node.put("type", "coupon_code").put("coupon_code", coupon.code());
		}
		if (parameter instanceof TemplateParameter.FlowAction flow) {
			ObjectNode action = node.put("type", "action").putObject("action");
			MessageJson.putIfPresent(action, "flow_token", flow.flowToken());
			if (flow.flowActionData() != null) {
				action.set("flow_action_data", MessageJson.MAPPER.valueToTree(flow.flowActionData()));
			}
			return node;
		}
		if (parameter instanceof TemplateParameter.CatalogAction catalog) {
			node.put("type", "action")
				.putObject("action")
				.put("thumbnail_product_retailer_id", catalog.thumbnailProductRetailerId());
			return node;
		}
		if (parameter instanceof TemplateParameter.ProductListAction products) {
			ObjectNode action = node.put("type", "action")
				.putObject("action")
				.put("thumbnail_product_retailer_id", products.thumbnailProductRetailerId());
			ArrayNode sections = action.putArray("sections");
			for (ProductSection section : products.sections()) {
				ObjectNode sectionNode = sections.addObject();
				MessageJson.putIfPresent(sectionNode, "title", section.title());
				ArrayNode items = sectionNode.putArray("product_items");
				for (String id : section.productRetailerIds()) {
					items.addObject().put("product_retailer_id", id);
				}
			}
			return node;
		}
		TemplateParameter.Payload payload = (TemplateParameter.Payload) parameter;
		return node.put("type", "payload").put("payload", payload.payload());
	}

}
