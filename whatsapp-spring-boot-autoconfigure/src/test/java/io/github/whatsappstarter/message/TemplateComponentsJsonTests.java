package io.github.whatsappstarter.message;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the JSON written for the template components Meta added after positional parameters
 * (named parameters, copy-code, flow, catalog and multi-product buttons, limited-time offers, carousels,
 * location and document headers) with Meta's documented send bodies, as trees. Button {@code index} is
 * written as a string, as for the existing buttons; some of Meta's newer examples use a number.
 */
class TemplateComponentsJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String TO = "+15550001111";

	@Test
	void writesNamedBodyParametersAndACopyCodeButtonLikeMetasCouponExample() {
		// Meta, coupon code templates: named body parameters coupon_code and discount, copy-code value
		WhatsAppMessage message = WhatsAppMessage.template(TO, "coupon_code_fall2023_25off", "en_US")
			.body(TemplateParameter.named("coupon_code", "25OFF"), TemplateParameter.named("discount", "25%"))
			.button(ButtonSubType.COPY_CODE, 1, TemplateParameter.couponCode("25OFF"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"coupon_code_fall2023_25off","language":{"code":"en_US"},"components":[
				  {"type":"body","parameters":[
				    {"type":"text","parameter_name":"coupon_code","text":"25OFF"},
				    {"type":"text","parameter_name":"discount","text":"25%"}]},
				  {"type":"button","sub_type":"copy_code","index":"1",
				   "parameters":[{"type":"coupon_code","coupon_code":"25OFF"}]}]}}
				""");
	}

	@Test
	void writesANamedHeaderParameter() {
		WhatsAppMessage message = WhatsAppMessage.template(TO, "order_update", "en_US")
			.header(TemplateParameter.named("customer_name", "Ada"))
			.body(TemplateParameter.named("order_number", "42"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"order_update","language":{"code":"en_US"},"components":[
				  {"type":"header","parameters":[{"type":"text","parameter_name":"customer_name","text":"Ada"}]},
				  {"type":"body","parameters":[{"type":"text","parameter_name":"order_number","text":"42"}]}]}}
				""");
	}

	@Test
	void writesALimitedTimeOfferLikeMetasExample() {
		// Meta, limited-time offer templates: header, body, limited_time_offer, copy_code and url buttons
		WhatsAppMessage message = WhatsAppMessage.template(TO, "limited_time_offer_caribbean_pkg_2023", "en_US")
			.header(TemplateParameter.image(MediaSource.id("1602186516975000")))
			.body(TemplateParameter.text("Pablo"), TemplateParameter.text("CARIBE25"))
			.limitedTimeOffer(Instant.ofEpochMilli(1209600000L))
			.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.couponCode("CARIBE25"))
			.button(ButtonSubType.URL, 1, TemplateParameter.text("n3mtql"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"limited_time_offer_caribbean_pkg_2023","language":{"code":"en_US"},"components":[
				  {"type":"header","parameters":[{"type":"image","image":{"id":"1602186516975000"}}]},
				  {"type":"body","parameters":[{"type":"text","text":"Pablo"},{"type":"text","text":"CARIBE25"}]},
				  {"type":"limited_time_offer","parameters":[
				    {"type":"limited_time_offer","limited_time_offer":{"expiration_time_ms":1209600000}}]},
				  {"type":"button","sub_type":"copy_code","index":"0",
				   "parameters":[{"type":"coupon_code","coupon_code":"CARIBE25"}]},
				  {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"n3mtql"}]}]}}
				""");
	}

	@Test
	void writesACarouselLikeMetasSendSyntax() {
		// Meta, sending media card carousel templates: body, then carousel cards with card_index and components
		WhatsAppMessage message = WhatsAppMessage.template(TO, "summer_carousel_promo_2023", "en_US")
			.body(TemplateParameter.text("20OFF"), TemplateParameter.text("20%"))
			.carousel(
					CarouselCard.builder(0, TemplateParameter.image(MediaSource.id("24230790383178626")))
						.body(TemplateParameter.text("10OFF"), TemplateParameter.text("10%"))
						.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("59NqSd"))
						.button(ButtonSubType.URL, 1, TemplateParameter.text("last_chance_2023"))
						.build(),
					CarouselCard.builder(1, TemplateParameter.image(MediaSource.id("1633734284235543")))
						.body(TemplateParameter.text("30OFF"), TemplateParameter.text("30%"))
						.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("7C4xhY"))
						.button(ButtonSubType.URL, 1, TemplateParameter.text("summer_blues_2023"))
						.build())
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"summer_carousel_promo_2023","language":{"code":"en_US"},"components":[
				  {"type":"body","parameters":[{"type":"text","text":"20OFF"},{"type":"text","text":"20%"}]},
				  {"type":"carousel","cards":[
				   {"card_index":0,"components":[
				     {"type":"header","parameters":[{"type":"image","image":{"id":"24230790383178626"}}]},
				     {"type":"body","parameters":[{"type":"text","text":"10OFF"},{"type":"text","text":"10%"}]},
				     {"type":"button","sub_type":"quick_reply","index":"0",
				      "parameters":[{"type":"payload","payload":"59NqSd"}]},
				     {"type":"button","sub_type":"url","index":"1",
				      "parameters":[{"type":"text","text":"last_chance_2023"}]}]},
				   {"card_index":1,"components":[
				     {"type":"header","parameters":[{"type":"image","image":{"id":"1633734284235543"}}]},
				     {"type":"body","parameters":[{"type":"text","text":"30OFF"},{"type":"text","text":"30%"}]},
				     {"type":"button","sub_type":"quick_reply","index":"0",
				      "parameters":[{"type":"payload","payload":"7C4xhY"}]},
				     {"type":"button","sub_type":"url","index":"1",
				      "parameters":[{"type":"text","text":"summer_blues_2023"}]}]}]}]}}
				""");
	}

	@Test
	void writesAFlowButtonWithTokenAndActionData() {
		// Meta, sending a flow as a template: button sub_type flow, action with flow_token and flow_action_data
		WhatsAppMessage message = WhatsAppMessage.template(TO, "example_template_name", "en_US")
			.button(ButtonSubType.FLOW, 0, TemplateParameter.flowAction("unique-session-token-123",
					Map.of("screen", "WELCOME_SCREEN", "data", Map.of())))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"example_template_name","language":{"code":"en_US"},"components":[
				  {"type":"button","sub_type":"flow","index":"0","parameters":[{"type":"action","action":{
				    "flow_token":"unique-session-token-123",
				    "flow_action_data":{"screen":"WELCOME_SCREEN","data":{}}}}]}]}}
				""");
	}

	@Test
	void writesAFlowButtonWithoutOptionalFields() {
		WhatsAppMessage message = WhatsAppMessage.template(TO, "signup", "en_US")
			.button(ButtonSubType.FLOW, 0, TemplateParameter.flowAction(null, null))
			.build();
		assertThat(tree(message).at("/template/components/0/parameters/0")).isEqualTo(parse("""
				{"type":"action","action":{}}"""));
	}

	@Test
	void writesACatalogButtonLikeMetasExample() {
		// Meta, catalog templates: body parameter and catalog button with the thumbnail product
		WhatsAppMessage message = WhatsAppMessage.template(TO, "intro_catalog_offer", "en_US")
			.body(TemplateParameter.text("100"))
			.button(ButtonSubType.CATALOG, 0, TemplateParameter.catalogAction("2lc20305pt"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"intro_catalog_offer","language":{"code":"en_US"},"components":[
				  {"type":"body","parameters":[{"type":"text","text":"100"}]},
				  {"type":"button","sub_type":"catalog","index":"0","parameters":[{"type":"action",
				    "action":{"thumbnail_product_retailer_id":"2lc20305pt"}}]}]}}
				""");
	}

	@Test
	void writesAMultiProductButtonWithSections() {
		// Meta, multi-product message templates: mpm button, thumbnail and sections of product_items
		WhatsAppMessage message = WhatsAppMessage.template(TO, "abandoned_cart", "en_US")
			.header(TemplateParameter.text("Pablo"))
			.body(TemplateParameter.text("10OFF"))
			.button(ButtonSubType.MPM, 0, TemplateParameter.productListAction("2lc20305pt",
					ProductSection.of("Popular Bundles", "nseiw1x5ws", "ljfy1c0bmq"),
					ProductSection.of("Premium Packages", "bkzxv9b0ap")))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"abandoned_cart","language":{"code":"en_US"},"components":[
				  {"type":"header","parameters":[{"type":"text","text":"Pablo"}]},
				  {"type":"body","parameters":[{"type":"text","text":"10OFF"}]},
				  {"type":"button","sub_type":"mpm","index":"0","parameters":[{"type":"action","action":{
				    "thumbnail_product_retailer_id":"2lc20305pt",
				    "sections":[
				     {"title":"Popular Bundles","product_items":[
				       {"product_retailer_id":"nseiw1x5ws"},{"product_retailer_id":"ljfy1c0bmq"}]},
				     {"title":"Premium Packages","product_items":[{"product_retailer_id":"bkzxv9b0ap"}]}]}}]}]}}
				""");
	}

	@Test
	void writesALocationHeaderLikeMetasLocationTemplate() {
		// Meta, location templates: latitude, longitude, name and address given at send time
		WhatsAppMessage message = WhatsAppMessage.template(TO, "order_delivery_update", "en_US")
			.header(TemplateParameter.location(37.483307, -122.148981, "Pablo Morales",
					"1 Hacker Way, Menlo Park, CA 94025"))
			.body(TemplateParameter.named("order_number", "ORD-12345"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"order_delivery_update","language":{"code":"en_US"},"components":[
				  {"type":"header","parameters":[{"type":"location","location":{"latitude":37.483307,
				    "longitude":-122.148981,"name":"Pablo Morales","address":"1 Hacker Way, Menlo Park, CA 94025"}}]},
				  {"type":"body","parameters":[{"type":"text","parameter_name":"order_number","text":"ORD-12345"}]}]}}
				""");
	}

	@Test
	void writesADocumentHeaderWithItsFilename() {
		WhatsAppMessage message = WhatsAppMessage.template(TO, "invoice", "en_US")
			.header(TemplateParameter.document(MediaSource.link("https://example.com/i.pdf"), "invoice-42.pdf"))
			.build();
		assertThat(tree(message).at("/template/components/0")).isEqualTo(parse("""
				{"type":"header","parameters":[{"type":"document",
				  "document":{"link":"https://example.com/i.pdf","filename":"invoice-42.pdf"}}]}"""));
	}

	@Test
	void writesPositionalParametersExactlyAsBefore() {
		WhatsAppMessage message = WhatsAppMessage.template(TO, "track", "de")
			.header(TemplateParameter.document(MediaSource.id("7")))
			.body(TemplateParameter.text("Ada"), new TemplateParameter.Text("42"))
			.button(ButtonSubType.URL, 0, TemplateParameter.text("42"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"track","language":{"code":"de"},"components":[
				  {"type":"header","parameters":[{"type":"document","document":{"id":"7"}}]},
				  {"type":"body","parameters":[{"type":"text","text":"Ada"},{"type":"text","text":"42"}]},
				  {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"42"}]}]}}
				""");
	}

	@Test
	void writesAVoiceMessageLikeMetasAudioPage() {
		// Meta, audio messages: "voice": true sends a voice message
		assertJson(WhatsAppMessage.audio(TO, MediaSource.id("1013859600285441")).asVoice(), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"audio",
				 "audio":{"id":"1013859600285441","voice":true}}
				""");
	}

	private static void assertJson(WhatsAppMessage message, String expected) {
		assertThat(tree(message)).isEqualTo(parse(expected));
	}

	private static JsonNode tree(WhatsAppMessage message) {
		return MAPPER.readTree(MessageJson.write(message));
	}

	private static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

}
