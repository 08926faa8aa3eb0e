package io.github.whatsappstarter.message;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Flow, location request, address, product, product list and catalog messages: Meta's limits are checked
 * when they are built, naming the field, and they are written in Meta's shapes.
 */
class FlowAndCommerceMessageTests {

	private static final String TO = "+15550001111";

	private static final String IN = "+919876543210";

	@Test
	void writesANavigateFlowWithScreenDataTokenAndVersion3() {
		JsonNode interactive = interactive(WhatsAppMessage.flow(TO, "Book your appointment", "Book now")
			.flowId("1197715005513101")
			.flowToken("session-42")
			.navigate("BOOKING", Map.of("dates", java.util.List.of("2026-01-15")))
			.draft()
			.footer("Takes a minute")
			.build());
		assertThat(interactive.path("type").asString()).isEqualTo("flow");
		assertThat(interactive.path("body").path("text").asString()).isEqualTo("Book your appointment");
		assertThat(interactive.path("footer").path("text").asString()).isEqualTo("Takes a minute");
		JsonNode action = interactive.path("action");
		assertThat(action.path("name").asString()).isEqualTo("flow");
		JsonNode parameters = action.path("parameters");
		assertThat(parameters.path("flow_message_version").asString()).isEqualTo("3");
		assertThat(parameters.path("flow_id").asString()).isEqualTo("1197715005513101");
		assertThat(parameters.has("flow_name")).isFalse();
		assertThat(parameters.path("flow_token").asString()).isEqualTo("session-42");
		assertThat(parameters.path("flow_cta").asString()).isEqualTo("Book now");
		assertThat(parameters.path("mode").asString()).isEqualTo("draft");
		assertThat(parameters.path("flow_action").asString()).isEqualTo("navigate");
		assertThat(parameters.path("flow_action_payload").path("screen").asString()).isEqualTo("BOOKING");
		assertThat(parameters.path("flow_action_payload").path("data").path("dates").get(0).asString())
			.isEqualTo("2026-01-15");
	}

	@Test
	void writesADataExchangeFlowByNameWithoutPayload() {
		JsonNode parameters = interactive(
				WhatsAppMessage.flow(TO, "Sign up", "Sign up").flowName("signup").dataExchange().build())
			.path("action")
			.path("parameters");
		assertThat(parameters.path("flow_name").asString()).isEqualTo("signup");
		assertThat(parameters.path("mode").asString()).isEqualTo("published");
		assertThat(parameters.path("flow_action").asString()).isEqualTo("data_exchange");
		assertThat(parameters.has("flow_action_payload")).isFalse();
	}

	@Test
	void refusesFlowsMetaWouldRefuse() {
		assertInvalid(() -> WhatsAppMessage.flow(TO, "b", "Go").navigate("S").build(),
				"interactive.action.parameters.flow_id");
		assertInvalid(() -> WhatsAppMessage.flow(TO, "b", "Go").flowId("1").flowName("n").navigate("S").build(),
				"interactive.action.parameters.flow_id");
		assertInvalid(() -> WhatsAppMessage.flow(TO, "b", "Go").flowId("1").build(),
				"interactive.action.parameters.flow_action_payload.screen");
		assertInvalid(() -> WhatsAppMessage.flow(TO, "b", "123456789012345678901").flowId("1").navigate("S").build(),
				"interactive.action.parameters.flow_cta");
		assertInvalid(() -> WhatsAppMessage.flow(TO, "b", "Go \uD83D\uDE80").flowId("1").navigate("S").build(),
				"interactive.action.parameters.flow_cta");
		assertInvalid(() -> WhatsAppMessage.flow(TO, " ", "Go").flowId("1").navigate("S").build(),
				"interactive.body.text");
		assertInvalid(() -> WhatsAppMessage.flow("abc", "b", "Go").flowId("1").navigate("S").build(), "to");
	}

	@Test
	void writesALocationRequestWithTheSendLocationAction() {
		JsonNode interactive = interactive(WhatsAppMessage.locationRequest(TO, "Where should we pick you up?"));
		assertThat(interactive.path("type").asString()).isEqualTo("location_request_message");
		assertThat(interactive.path("action").path("name").asString()).isEqualTo("send_location");
		assertInvalid(() -> WhatsAppMessage.locationRequest(TO, "x".repeat(1025)), "interactive.body.text");
	}

	@Test
	void writesAnAddressMessageWithCountryAndPrefilledValues() {
		JsonNode interactive = interactive(WhatsAppMessage.address(IN, "Where should we deliver?", "in")
			.withValues(Map.of("city", "Mumbai", "in_pin_code", "400063")));
		assertThat(interactive.path("type").asString()).isEqualTo("address_message");
		JsonNode action = interactive.path("action");
		assertThat(action.path("name").asString()).isEqualTo("address_message");
		assertThat(action.path("parameters").path("country").asString()).isEqualTo("IN");
		assertThat(action.path("parameters").path("values").path("in_pin_code").asString()).isEqualTo("400063");
		assertThat(interactive(WhatsAppMessage.address("+6591234567", "Address?", "SG")).path("action")
			.path("parameters")
			.has("values")).isFalse();
	}

	@Test
	void refusesAddressMessagesOutsideIndiaAndSingapore() {
		assertInvalid(() -> WhatsAppMessage.address(TO, "Address?", "US"), "interactive.action.parameters.country");
		assertInvalid(() -> WhatsAppMessage.address(TO, "Address?", "IN"), "to");
		assertInvalid(() -> WhatsAppMessage.address("+6591234567", "Address?", "IN"), "to");
		assertInvalid(() -> WhatsAppMessage.address(IN, "Address?", "IN").withValues(Map.of("sg_post_code", "1")),
				"interactive.action.parameters.values.sg_post_code");
		assertThat(WhatsAppMessage.address("IN.13491208655302741918", "Address?", "IN").country()).isEqualTo("IN");
	}

	@Test
	void writesASingleProductWithoutHeaderAndWithOptionalBody() {
		JsonNode bare = interactive(WhatsAppMessage.product(TO, "cat-1", "sku-1"));
		assertThat(bare.path("type").asString()).isEqualTo("product");
		assertThat(bare.has("body")).isFalse();
		assertThat(bare.has("header")).isFalse();
		assertThat(bare.path("action").path("catalog_id").asString()).isEqualTo("cat-1");
		assertThat(bare.path("action").path("product_retailer_id").asString()).isEqualTo("sku-1");
		JsonNode full = interactive(WhatsAppMessage.product(TO, "cat-1", "sku-1").withBody("Back in stock").withFooter("f"));
		assertThat(full.path("body").path("text").asString()).isEqualTo("Back in stock");
		assertInvalid(() -> WhatsAppMessage.product(TO, " ", "sku"), "interactive.action.catalog_id");
		assertInvalid(() -> WhatsAppMessage.product(TO, "c", null), "interactive.action.product_retailer_id");
	}

	@Test
	void writesAProductListWithItsRequiredTextHeaderAndSections() {
		JsonNode interactive = interactive(WhatsAppMessage.productList(TO, "Summer deals", "Pick yours", "cat-1")
			.section("Shoes", "sku-1", "sku-2")
			.section("Hats", "sku-3")
			.footer("While stocks last")
			.build());
		assertThat(interactive.path("type").asString()).isEqualTo("product_list");
		assertThat(interactive.path("header").path("type").asString()).isEqualTo("text");
		assertThat(interactive.path("header").path("text").asString()).isEqualTo("Summer deals");
		JsonNode sections = interactive.path("action").path("sections");
		assertThat(sections).hasSize(2);
		assertThat(sections.get(0).path("title").asString()).isEqualTo("Shoes");
		assertThat(sections.get(0).path("product_items").get(1).path("product_retailer_id").asString())
			.isEqualTo("sku-2");
	}

	@Test
	void refusesProductListsOverMetasLimits() {
		assertInvalid(() -> WhatsAppMessage.productList(TO, null, "b", "c").section(null, "s").build(),
				"interactive.header.text");
		assertInvalid(() -> WhatsAppMessage.productList(TO, "h", "b", "c").build(), "interactive.action.sections");
		ProductListMessage.Builder eleven = WhatsAppMessage.productList(TO, "h", "b", "c");
		for (int i = 0; i < 11; i++) {
			eleven.section("S" + i, "sku-" + i);
		}
		assertInvalid(eleven::build, "interactive.action.sections");
		ProductListMessage.Builder thirtyOne = WhatsAppMessage.productList(TO, "h", "b", "c");
		thirtyOne.section("A", ids(0, 16)).section("B", ids(16, 31));
		assertInvalid(thirtyOne::build, "interactive.action.sections.product_items");
		assertInvalid(() -> WhatsAppMessage.productList(TO, "h", "b", "c").section(null, "a").section("B", "b").build(),
				"interactive.action.sections.title");
		assertInvalid(() -> WhatsAppMessage.productList(TO, "h", "b", "c").section("T", new String[0]).build(),
				"interactive.action.sections.product_items");
		ProductListMessage.Builder thirty = WhatsAppMessage.productList(TO, "h", "b", "c");
		assertThat(thirty.section("A", ids(0, 15)).section("B", ids(15, 30)).build().sections()).hasSize(2);
	}

	@Test
	void writesACatalogMessageWithOptionalThumbnail() {
		JsonNode bare = interactive(WhatsAppMessage.catalog(TO, "Browse our catalog"));
		assertThat(bare.path("type").asString()).isEqualTo("catalog_message");
		assertThat(bare.path("action").path("name").asString()).isEqualTo("catalog_message");
		assertThat(bare.path("action").has("parameters")).isFalse();
		JsonNode thumb = interactive(WhatsAppMessage.catalog(TO, "Browse").withThumbnail("sku-9").withFooter("f"));
		assertThat(thumb.path("action").path("parameters").path("thumbnail_product_retailer_id").asString())
			.isEqualTo("sku-9");
		assertInvalid(() -> WhatsAppMessage.catalog(TO, ""), "interactive.body.text");
		assertInvalid(() -> WhatsAppMessage.catalog(TO, "b").withFooter("f".repeat(61)), "interactive.footer.text");
	}

	private static String[] ids(int from, int to) {
		return java.util.stream.IntStream.range(from, to).mapToObj((i) -> "sku-" + i).toArray(String[]::new);
	}

	private static JsonNode interactive(WhatsAppMessage message) {
		JsonNode root = MessageJson.MAPPER
			.readTree(new String(MessageJson.write(message), StandardCharsets.UTF_8));
		assertThat(root.path("type").asString()).isEqualTo("interactive");
		return root.path("interactive");
	}

	private static void assertInvalid(ThrowingCallable call, String field) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

}
