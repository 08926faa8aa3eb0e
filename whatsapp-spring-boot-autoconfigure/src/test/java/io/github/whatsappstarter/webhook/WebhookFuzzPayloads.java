package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded generator of random, truncated and mutated webhook bodies, starting from Meta-shaped
 * payloads.
 */
public final class WebhookFuzzPayloads {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final List<String> SEEDS = List.of(WebhookPayloads.inboundTextWithContext(),
			WebhookPayloads.status("wamid.A", "delivered", 1767225600), WebhookPayloads.failedStatus("wamid.F", 131056),
			WebhookPayloads.valueLevelThroughputError());

	private WebhookFuzzPayloads() {
	}

	public static List<byte[]> generate(long seed, int count) {
		Random random = new Random(seed);
		List<byte[]> bodies = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] seedBody = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
			bodies.add(switch (i % 5) {
				case 0 -> truncate(seedBody, random);
				case 1 -> flipBytes(seedBody, random);
				case 2 -> randomBytes(random);
				default -> mutateTree(seedBody, random);
			});
		}
		return bodies;
	}

	private static byte[] truncate(byte[] body, Random random) {
		byte[] result = new byte[random.nextInt(body.length)];
		System.arraycopy(body, 0, result, 0, result.length);
		return result;
	}

	private static byte[] flipBytes(byte[] body, Random random) {
		byte[] result = body.clone();
		for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
			result[random.nextInt(result.length)] = (byte) random.nextInt(256);
		}
		return result;
	}

	private static byte[] randomBytes(Random random) {
		byte[] result = new byte[random.nextInt(200)];
		random.nextBytes(result);
		if (random.nextBoolean()) {
			return ("[".repeat(random.nextInt(1500)) + "{\"object\":").getBytes(StandardCharsets.UTF_8);
		}
		return result;
	}

	private static byte[] mutateTree(byte[] body, Random random) {
		JsonNode root = MAPPER.readTree(body);
		for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
			mutateOne(root, random);
		}
		return MAPPER.writeValueAsBytes(root);
	}

	private static void mutateOne(JsonNode root, Random random) {
		List<JsonNode> containers = new ArrayList<>();
		collectContainers(root, containers);
		JsonNode container = containers.get(random.nextInt(containers.size()));
		if (container instanceof ObjectNode object && !object.isEmpty()) {
			List<String> names = new ArrayList<>(object.propertyNames());
			String name = names.get(random.nextInt(names.size()));
			if (random.nextInt(4) == 0) {
				object.remove(name);
			}
			else {
				object.set(name, randomValue(random));
			}
		}
		else if (container instanceof ArrayNode array && !array.isEmpty()) {
			if (random.nextInt(4) == 0) {
				array.add(array.get(0).deepCopy());
			}
			else {
				array.set(random.nextInt(array.size()), randomValue(random));
			}
		}
	}

	private static void collectContainers(JsonNode node, List<JsonNode> containers) {
		if (node.isContainer()) {
			containers.add(node);
			for (JsonNode child : node.values()) {
				collectContainers(child, containers);
			}
		}
	}

	private static JsonNode randomValue(Random random) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		return switch (random.nextInt(9)) {
			case 0 -> nodes.nullNode();
			case 1 -> nodes.numberNode(random.nextLong());
			case 2 -> nodes.stringNode("");
			case 3 -> nodes.stringNode("x" + random.nextInt());
			case 4 -> nodes.arrayNode().add(random.nextInt());
			case 5 -> nodes.objectNode().put("k", "v");
			case 6 -> nodes.booleanNode(random.nextBoolean());
			case 7 -> nodes.numberNode(random.nextDouble() * 1e300);
			default -> nodes.stringNode(String.valueOf(random.nextInt(Integer.MAX_VALUE)));
		};
	}

}
