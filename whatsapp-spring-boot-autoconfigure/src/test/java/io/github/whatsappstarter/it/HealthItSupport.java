package io.github.whatsappstarter.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Helpers shared by the actuator integration tests: a loopback Hazelcast member, a limiter on it,
 * and a plain HTTP client for the actuator.
 */
final class HealthItSupport {

	static final RateLimitSettings SETTINGS = RateLimitSettings.defaults()
		.withPair(Duration.ofSeconds(1), 1)
		.withMaxWait(Duration.ofSeconds(5));

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private HealthItSupport() {
	}

	static HazelcastInstance loopbackMember(String name) {
		Config config = new Config().setClusterName("wa-" + name + "-" + UUID.randomUUID());
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		NetworkConfig network = config.getNetworkConfig().setPort(5911).setPortAutoIncrement(true);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(false);
		return Hazelcast.newHazelcastInstance(config);
	}

	static BucketRateLimiter limiter(HazelcastInstance hazelcast) {
		return new BucketRateLimiter(new HazelcastBucketStore(hazelcast, "wa-it-buckets", Duration.ofSeconds(5),
				Duration.ofMillis(500), 0), SETTINGS);
	}

	static Response get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body());
	}

	record Response(int status, String body) {

		JsonNode json() {
			return HealthItSupport.json.readTree(this.body);
		}

	}

}
