package io.github.whatsappstarter.test.simulator;

import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared JSON mapper and builders for the simulator's answers.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		.toCharArray();

	private Json() {
	}

	static byte[] errorBody(GraphError error) {
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode body = root.putObject("error");
		body.put("message", error.message());
		body.put("type", "OAuthException");
		body.put("code", error.code());
		ObjectNode data = body.putObject("error_data");
		data.put("messaging_product", "whatsapp");
		data.put("details", error.details());
		body.put("fbtrace_id", randomToken(27));
		return MAPPER.writeValueAsBytes(root);
	}

	static byte[] acceptedBody(String input, String waId, String wamid) {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("messaging_product", "whatsapp");
		ObjectNode contact = root.putArray("contacts").addObject();
		contact.put("input", input);
		contact.put("wa_id", waId);
		ObjectNode message = root.putArray("messages").addObject();
		message.put("id", wamid);
		message.put("message_status", "accepted");
		return MAPPER.writeValueAsBytes(root);
	}

	static String randomToken(int length) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

}
