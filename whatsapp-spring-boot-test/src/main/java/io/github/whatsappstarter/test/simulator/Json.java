package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
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

	/**
	 * The success body, built by hand: input is validated ("+" and digits) and the wamid is base64url, so no
	 * escaping is needed and the hot path skips a tree.
	 */
	static byte[] acceptedBody(String input, String waId, String userId, String wamid) {
		// Meta: contacts[].wa_id for a phone-number send, contacts[].user_id for a BSUID send
		String contact = (waId != null) ? "\",\"wa_id\":\"" + waId : "\",\"user_id\":\"" + userId;
		String json = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + input + contact
				+ "\"}],\"messages\":[{\"id\":\"" + wamid + "\",\"message_status\":\"accepted\"}]}";
		return json.getBytes(StandardCharsets.US_ASCII);
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
