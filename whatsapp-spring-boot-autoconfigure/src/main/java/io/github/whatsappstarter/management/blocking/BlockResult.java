package io.github.whatsappstarter.management.blocking;

import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.management.GraphJson;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a block or unblock call, per user: Meta applies the change to some users and
 * refuses it for others (answering error 139100 next to both lists).
 *
 * @param changed the users the call blocked or unblocked
 * @param failed the users it did not, with the reason
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record BlockResult(List<BlockedUser> changed, List<BlockFailure> failed) {

	/**
	 * Creates a result.
	 * @param changed the changed users
	 * @param failed the failed users
	 */
	public BlockResult {
		changed = List.copyOf(changed);
		failed = List.copyOf(failed);
	}

	/**
	 * Returns whether every user was changed.
	 * @return {@code true} when nothing failed
	 */
	public boolean isComplete() {
		return this.failed.isEmpty();
	}

	static BlockResult parse(JsonNode root, String changedList) {
		JsonNode lists = root.path("block_users");
		List<BlockedUser> changed = new ArrayList<>();
		for (JsonNode user : lists.path(changedList)) {
			changed.add(new BlockedUser(GraphJson.text(user, "input"), GraphJson.text(user, "wa_id")));
		}
		List<BlockFailure> failed = new ArrayList<>();
		for (JsonNode user : lists.path("failed_users")) {
			JsonNode error = user.path("errors").path(0);
			// Meta's example quotes the code as a string
			int code = error.path("code").asInt(0);
			failed.add(new BlockFailure(String.valueOf(GraphJson.text(user, "input")), GraphJson.text(user, "wa_id"),
					code, GraphJson.text(error, "message"), GraphJson.text(error.path("error_data"), "details")));
		}
		return new BlockResult(changed, failed);
	}

}
