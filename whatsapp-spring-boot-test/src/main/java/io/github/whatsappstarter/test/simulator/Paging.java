package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's cursor paging for the simulator's list answers: {@code data}, {@code paging.cursors}
 * ({@code before}, {@code after}) and {@code paging.next} only when another page follows. Cursors
 * are opaque to clients.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
final class Paging {

	static final int DEFAULT_LIMIT = 25;

	private Paging() {
	}

	/**
	 * One page of the items.
	 * @throws MessageValidator.InvalidRequestException for a bad limit or cursor
	 */
	static ObjectNode page(List<ObjectNode> items, SimulatorCall call) {
		int limit = limit(call.queryParameter("limit"));
		int start = offset(call.queryParameter("after"));
		int end = Math.min(items.size(), start + limit);
		ObjectNode root = Json.MAPPER.createObjectNode();
		ArrayNode data = root.putArray("data");
		for (int i = start; i < end; i++) {
			data.add(items.get(i));
		}
		if (end > start) {
			ObjectNode paging = root.putObject("paging");
			ObjectNode cursors = paging.putObject("cursors");
			cursors.put("before", cursor(start));
			cursors.put("after", cursor(end));
			if (end < items.size()) {
				paging.put("next", "https://graph.facebook.com/simulator?after=" + cursor(end) + "&limit=" + limit);
			}
		}
		return root;
	}

	private static int limit(String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		try {
			int limit = Integer.parseInt(value);
			MessageValidator.check(limit > 0, "Param limit must be a positive integer");
			return limit;
		}
		catch (NumberFormatException ex) {
			throw new MessageValidator.InvalidRequestException("Param limit must be a positive integer");
		}
	}

	private static int offset(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			MessageValidator.check(decoded.startsWith("offset:"), "Param after is not a valid cursor");
			return Integer.parseInt(decoded.substring("offset:".length()));
		}
		catch (IllegalArgumentException ex) {
			throw new MessageValidator.InvalidRequestException("Param after is not a valid cursor");
		}
	}

	private static String cursor(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
	}

}
