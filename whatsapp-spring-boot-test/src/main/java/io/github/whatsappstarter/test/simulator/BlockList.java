package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.github.whatsappstarter.test.simulator.MessageValidator.check;
import static io.github.whatsappstarter.test.simulator.MessageValidator.text;

/**
 * The block lists of the simulated numbers and {@code POST}, {@code DELETE} and
 * {@code GET /{version}/{phone-number-id}/block_users}. Per user, like Meta: an unknown recipient
 * ({@link SimulatorConfig.Builder#unknownRecipients}) fails with 131047 (Meta: not messaged in the
 * last 24 hours, or not a WhatsApp user), the business's own number with 131021, a full list with
 * 139101; a call with any failure answers 400 with error 139100 next to the per-user lists. A
 * message to a blocked user is refused with 130403.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class BlockList {

	/** Meta's block list capacity. */
	public static final int CAPACITY = 64_000;

	private final SimulatorConfig config;

	private final Map<String, Set<String>> blocked = new ConcurrentHashMap<>();

	BlockList(SimulatorConfig config) {
		this.config = config;
	}

	/**
	 * Whether a number blocked a user.
	 * @param phoneNumberId the business number
	 * @param user the user's digits (a leading '+' is ignored)
	 * @return true when blocked
	 */
	public boolean isBlocked(String phoneNumberId, String user) {
		Set<String> users = this.blocked.get(phoneNumberId);
		return users != null && users.contains(digits(user));
	}

	/**
	 * The users a number blocked.
	 * @param phoneNumberId the business number
	 * @return a sorted snapshot of their digits
	 */
	public List<String> blocked(String phoneNumberId) {
		return new ArrayList<>(this.blocked.getOrDefault(phoneNumberId, Set.of()));
	}

	/** Answers a block ({@code added_users}) or an unblock ({@code removed_users}); returns the HTTP status. */
	Answer change(String phoneNumberId, byte[] body, boolean block) {
		JsonNode request = Json.MAPPER.readTree(body);
		check(request.isObject(), "Request body must be a JSON object");
		check("whatsapp".equals(text(request, "messaging_product")),
				"Param messaging_product is required and must be 'whatsapp'");
		JsonNode users = request.path("block_users");
		check(users.isArray() && !users.isEmpty(), "Param block_users is required");
		Set<String> list = this.blocked.computeIfAbsent(phoneNumberId, (id) -> new ConcurrentSkipListSet<>());
		ObjectNode root = Json.MAPPER.createObjectNode();
		root.put("messaging_product", "whatsapp");
		ObjectNode lists = root.putObject("block_users");
		ArrayNode changed = lists.putArray(block ? "added_users" : "removed_users");
		ArrayNode failed = Json.MAPPER.createArrayNode();
		for (JsonNode entry : users) {
			String input = text(entry, "user");
			String digits = digits(input);
			int code = block ? refusal(list, digits) : 0;
			if (code == 0 && digits.chars().allMatch(Character::isDigit) && !digits.isEmpty()) {
				if (block) {
					list.add(digits);
				}
				else {
					list.remove(digits);
				}
				changed.addObject().put("input", input).put("wa_id", digits);
			}
			else {
				ObjectNode failure = failed.addObject().put("input", input);
				GraphError error = GraphError.of((code != 0) ? code : 100, reason(code));
				if (code != 0) {
					failure.put("wa_id", digits);
				}
				ObjectNode detail = failure.putArray("errors").addObject();
				detail.put("message", error.message());
				detail.put("code", error.code());
				detail.putObject("error_data").put("details", error.details());
			}
		}
		if (failed.isEmpty()) {
			return new Answer(200, Json.MAPPER.writeValueAsBytes(root));
		}
		lists.set("failed_users", failed);
		GraphError partial = GraphError.of(139100, "Failed to " + (block ? "block" : "unblock")
				+ " some users, see the block_users response list for details");
		root.set("error", Json.MAPPER.readTree(Json.errorBody(partial)).path("error"));
		return new Answer(400, Json.MAPPER.writeValueAsBytes(root));
	}

	byte[] list(String phoneNumberId, SimulatorCall call) {
		List<ObjectNode> users = new ArrayList<>();
		for (String user : blocked(phoneNumberId)) {
			users.add(Json.MAPPER.createObjectNode().put("messaging_product", "whatsapp").put("wa_id", user));
		}
		return Json.MAPPER.writeValueAsBytes(Paging.page(users, call));
	}

	void clear() {
		this.blocked.clear();
	}

	private int refusal(Set<String> list, String digits) {
		if (this.config.unknownRecipients.contains(digits)) {
			return 131047;
		}
		if (digits.equals(this.config.displayPhoneNumber)) {
			return 131021;
		}
		return (list.size() >= CAPACITY && !list.contains(digits)) ? 139101 : 0;
	}

	private static String reason(int code) {
		return switch (code) {
			case 131047 -> "User has not messaged in the last 24 hours";
			case 131021 -> "Failed to block self phone number";
			case 139101 -> "The blocklist has reached its 64,000 user limit";
			default -> "Param user must be a phone number or WhatsApp ID";
		};
	}

	private static String digits(String user) {
		return (user != null && user.startsWith("+")) ? user.substring(1) : String.valueOf(user);
	}

	record Answer(int status, byte[] body) {
	}

}
