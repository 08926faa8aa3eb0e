package io.github.whatsappstarter.management.blocking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.GraphPage;
import io.github.whatsappstarter.management.ManagementChecks;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link BlockingOperations} over the Graph API. A partial failure comes with error 139100 and the
 * per-user lists in one answer; it is returned as a {@link BlockResult}, every other error is
 * thrown as usual.
 */
final class GraphBlocking implements BlockingOperations {

	/** The most users per page asked for; Meta documents none. */
	static final int MAX_LIMIT = 1000;

	static final int PARTIAL_FAILURE = 139100;

	private static final Pattern USER = Pattern.compile("\\+?[0-9]{5,20}");

	private static final String EDGE = "block_users";

	private static final ManagementChecks checks = new ManagementChecks("block request");

	private final GraphCalls graph;

	private final String phoneNumberId;

	GraphBlocking(GraphCalls graph, String phoneNumberId) {
		Assert.notNull(graph, "graph must not be null");
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		this.graph = graph;
		this.phoneNumberId = phoneNumberId;
	}

	@Override
	public BlockResult block(List<String> users) {
		return change(HttpMethod.POST, users, "added_users");
	}

	@Override
	public BlockResult unblock(List<String> users) {
		return change(HttpMethod.DELETE, users, "removed_users");
	}

	private BlockResult change(HttpMethod method, List<String> users, String changedList) {
		byte[] body = body(users);
		GraphRequest request = (method == HttpMethod.POST) ? GraphRequest.post(this.phoneNumberId, EDGE)
				: GraphRequest.delete(this.phoneNumberId, EDGE);
		byte[] answer = this.graph.call(request.body(body).answeringErrorCodes(PARTIAL_FAILURE));
		return BlockResult.parse(GraphJson.read(answer, "the block list change"), changedList);
	}

	private static byte[] body(List<String> users) {
		checks.present(users, "block_users");
		checks.check(!users.isEmpty(), "block_users", "must name at least one user");
		ObjectNode root = GraphJson.object();
		root.put("messaging_product", "whatsapp");
		ArrayNode list = root.putArray("block_users");
		for (int i = 0; i < users.size(); i++) {
			String user = users.get(i);
			checks.check(user != null && USER.matcher(user).matches(), "block_users[" + i + "].user",
					"must be a phone number or WhatsApp id (digits, optional leading +)");
			list.addObject().put("user", user);
		}
		return GraphJson.write(root);
	}

	@Override
	public GraphPage<BlockedUser> list(int limit, @Nullable String after) {
		checks.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
		byte[] body = this.graph
			.call(GraphRequest.get(this.phoneNumberId, EDGE).query("limit", limit).query("after", after));
		GraphPage<JsonNode> page = GraphJson.page(GraphJson.read(body, "the block list"), (node) -> node);
		List<BlockedUser> users = new ArrayList<>();
		for (JsonNode node : page.items()) {
			// Meta's reference shows each data element as a user; its guide wraps users in a block_users list
			for (JsonNode user : node.has("block_users") ? node.path("block_users") : List.of(node)) {
				users.add(new BlockedUser(GraphJson.text(user, "input"), GraphJson.text(user, "wa_id")));
			}
		}
		return new GraphPage<>(users, page.after());
	}

	@Override
	public Stream<BlockedUser> stream() {
		return GraphPage.stream((after) -> list(100, after));
	}

	@Override
	public String toString() {
		return "BlockingOperations of number " + this.phoneNumberId;
	}

}
