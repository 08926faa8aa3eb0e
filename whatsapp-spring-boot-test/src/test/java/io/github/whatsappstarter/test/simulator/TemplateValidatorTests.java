package io.github.whatsappstarter.test.simulator;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template components the simulator accepts as Meta documents them (named parameters, copy-code, flow,
 * catalog and multi-product buttons, limited-time offers, carousels, location and document headers, voice
 * audio) and malformed ones it refuses with code 100 naming the field.
 */
class TemplateValidatorTests {

	static WhatsAppSimulator simulator;

	static SimulatorClient client;

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder().build());
		client = new SimulatorClient(simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@ParameterizedTest
	@MethodSource("validComponents")
	void acceptsTheComponentsMetaDocuments(String components) {
		SimulatorClient.Reply reply = client.send(template(components));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
	}

	static Stream<String> validComponents() {
		return Stream.of(
				"[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"parameter_name\":\"coupon_code\",\"text\":"
						+ "\"25OFF\"},{\"type\":\"text\",\"parameter_name\":\"discount\",\"text\":\"25%\"}]},"
						+ "{\"type\":\"button\",\"sub_type\":\"copy_code\",\"index\":1,\"parameters\":"
						+ "[{\"type\":\"coupon_code\",\"coupon_code\":\"25OFF\"}]}]",
				"[{\"type\":\"header\",\"parameters\":[{\"type\":\"image\",\"image\":{\"id\":\"1\"}}]},"
						+ "{\"type\":\"limited_time_offer\",\"parameters\":[{\"type\":\"limited_time_offer\","
						+ "\"limited_time_offer\":{\"expiration_time_ms\":1699400090000}}]},"
						+ "{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"1\",\"parameters\":"
						+ "[{\"type\":\"text\",\"text\":\"n3mtql\"}]}]",
				"[{\"type\":\"button\",\"sub_type\":\"flow\",\"index\":\"0\",\"parameters\":[{\"type\":\"action\","
						+ "\"action\":{\"flow_token\":\"t\",\"flow_action_data\":{\"screen\":\"WELCOME\"}}}]}]",
				"[{\"type\":\"button\",\"sub_type\":\"catalog\",\"index\":\"0\",\"parameters\":[{\"type\":\"action\","
						+ "\"action\":{\"thumbnail_product_retailer_id\":\"sku\"}}]}]",
				"[{\"type\":\"button\",\"sub_type\":\"mpm\",\"index\":\"0\",\"parameters\":[{\"type\":\"action\","
						+ "\"action\":{\"thumbnail_product_retailer_id\":\"sku\",\"sections\":[{\"title\":\"A\","
						+ "\"product_items\":[{\"product_retailer_id\":\"sku\"}]}]}}]}]",
				"[{\"type\":\"header\",\"parameters\":[{\"type\":\"location\",\"location\":{\"latitude\":37.48,"
						+ "\"longitude\":-122.14,\"name\":\"HQ\",\"address\":\"1 Hacker Way\"}}]}]",
				"[{\"type\":\"header\",\"parameters\":[{\"type\":\"document\",\"document\":{\"id\":\"1\","
						+ "\"filename\":\"r.pdf\"}}]}]",
				"[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"20OFF\"}]},"
						+ "{\"type\":\"carousel\",\"cards\":[" + card(0) + "," + card(1) + "]}]");
	}

	@ParameterizedTest
	@MethodSource("invalidComponents")
	void refusesMalformedComponentsWithCode100NamingTheField(String components, String field) {
		SimulatorClient.Reply reply = client.send(template(components));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains(field);
		assertThat(simulator.recorder().acceptedCount()).isZero();
	}

	static Stream<Arguments> invalidComponents() {
		String copy = "{\"type\":\"button\",\"sub_type\":\"copy_code\",\"index\":\"%d\",\"parameters\":"
				+ "[{\"type\":\"coupon_code\",\"coupon_code\":\"%s\"}]}";
		return Stream.of(Arguments.of("{}", "template['components']"),
				Arguments.of("[{\"type\":\"footer\"}]", "template['components'][0]['type']"),
				Arguments.of("[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"parameter_name\":\"a\","
						+ "\"text\":\"x\"},{\"type\":\"text\",\"text\":\"y\"}]}]",
						"template['components'][0]['parameters'][1]['parameter_name']"),
				Arguments.of("[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"parameter_name\":\"First\","
						+ "\"text\":\"x\"}]}]", "['parameter_name'] must be lowercase"),
				Arguments.of("[{\"type\":\"body\",\"parameters\":[{\"type\":\"image\",\"image\":{\"id\":\"1\"}}]}]",
						"template['components'][0]['parameters'][0]['type']"),
				Arguments.of("[" + copy.formatted(0, "A".repeat(16)) + "]", "['coupon_code'] must be at most 15"),
				Arguments.of("[" + copy.formatted(0, "A") + "," + copy.formatted(1, "B") + "]", "one copy_code"),
				Arguments.of("[{\"type\":\"button\",\"sub_type\":\"flow\",\"index\":\"0\",\"parameters\":"
						+ "[{\"type\":\"text\",\"text\":\"x\"}]}]", "template['components'][0]['parameters'][0]['action']"),
				Arguments.of("[{\"type\":\"button\",\"sub_type\":\"call\",\"index\":\"0\",\"parameters\":[]}]",
						"template['components'][0]['sub_type']"),
				Arguments.of("[{\"type\":\"button\",\"sub_type\":\"catalog\",\"parameters\":[{\"type\":\"action\","
						+ "\"action\":{\"thumbnail_product_retailer_id\":\"sku\"}}]}]", "['index'] is required"),
				Arguments.of("[{\"type\":\"limited_time_offer\",\"parameters\":[{\"type\":\"limited_time_offer\","
						+ "\"limited_time_offer\":{}}]}]", "['expiration_time_ms'] is required"),
				Arguments.of("[{\"type\":\"header\",\"parameters\":[{\"type\":\"location\",\"location\":"
						+ "{\"latitude\":91,\"longitude\":0,\"name\":\"a\",\"address\":\"b\"}}]}]",
						"['location']['latitude']"),
				Arguments.of("[{\"type\":\"carousel\",\"cards\":[" + card(0) + "]}]",
						"template['components'][0]['cards'] must hold 2 to 10 cards"),
				Arguments.of("[{\"type\":\"carousel\",\"cards\":[" + card(0) + "," + card(0) + "]}]",
						"template['components'][0]['cards'][1]['card_index']"));
	}

	@ParameterizedTest
	@MethodSource("audio")
	void acceptsVoiceOnlyAsABooleanOnAudio(String type, String object, int status) {
		String body = "{\"messaging_product\":\"whatsapp\",\"to\":\"15550001111\",\"type\":\"" + type + "\",\""
				+ type + "\":" + object + "}";
		assertThat(client.send(body).status()).isEqualTo(status);
	}

	static Stream<Arguments> audio() {
		return Stream.of(Arguments.of("audio", "{\"id\":\"1\",\"voice\":true}", 200),
				Arguments.of("audio", "{\"id\":\"1\",\"voice\":\"yes\"}", 400),
				Arguments.of("image", "{\"id\":\"1\",\"voice\":true}", 400));
	}

	private static String card(int index) {
		return "{\"card_index\":" + index + ",\"components\":[{\"type\":\"header\",\"parameters\":[{\"type\":\"image\","
				+ "\"image\":{\"id\":\"" + index + "\"}}]},{\"type\":\"button\",\"sub_type\":\"quick_reply\",\"index\":"
				+ "\"0\",\"parameters\":[{\"type\":\"payload\",\"payload\":\"p\"}]}]}";
	}

	private static String template(String components) {
		return "{\"messaging_product\":\"whatsapp\",\"to\":\"15550001111\",\"type\":\"template\",\"template\":"
				+ "{\"name\":\"t\",\"language\":{\"code\":\"en_US\"},\"components\":" + components + "}}";
	}

}
