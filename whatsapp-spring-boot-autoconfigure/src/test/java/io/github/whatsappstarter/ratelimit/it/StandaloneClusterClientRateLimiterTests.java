package io.github.whatsappstarter.ratelimit.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real client/server proof: a Hazelcast member in a separate JVM whose classpath holds only
 * the Hazelcast jar (no Bucket4j, no starter), and two clients in this JVM whose limiters use the
 * CAS-based proxy manager. The member's map has a TTL, which is how client setups bound memory.
 * Under heavy machine load the CAS manager grants slowly, so throughput is shown with a low limit
 * and the pair sharing with fail-fast, which does not depend on speed.
 */
class StandaloneClusterClientRateLimiterTests {

	private static final String CLUSTER = "wa-standalone-client-tests";

	private static final int PORT = 5891;

	@TempDir
	static Path directory;

	private static Process member;

	private static List<HazelcastInstance> clients;

	@BeforeAll
	static void startMemberProcessAndClients() throws Exception {
		Path config = directory.resolve("hazelcast.xml");
		Files.writeString(config, """
				<hazelcast xmlns="http://www.hazelcast.com/schema/config">
				  <cluster-name>%s</cluster-name>
				  <properties><property name="hazelcast.phone.home.enabled">false</property></properties>
				  <network>
				    <port auto-increment="false">%d</port>
				    <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
				    <join>
				      <multicast enabled="false"/>
				      <auto-detection enabled="false"/>
				      <tcp-ip enabled="true"><member>127.0.0.1:%d</member></tcp-ip>
				    </join>
				  </network>
				  <map name="whatsapp-rate-limit"><time-to-live-seconds>300</time-to-live-seconds></map>
				</hazelcast>
				""".formatted(CLUSTER, PORT, PORT));
		String hazelcastJar = new File(HazelcastInstance.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.getPath();
		String java = ProcessHandle.current().info().command().orElse("java");
		member = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dhazelcast.config=" + config, "-cp", hazelcastJar,
				"com.hazelcast.core.server.HazelcastMemberStarter")
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("member.log").toFile())
			.start();
		clients = List.of(client(), client());
	}

	@AfterAll
	static void stop() throws Exception {
		if (clients != null) {
			clients.forEach((client) -> client.getLifecycleService().terminate());
		}
		if (member != null) {
			member.destroy();
			if (!member.waitFor(10, TimeUnit.SECONDS)) {
				member.destroyForcibly();
			}
		}
	}

	@Test
	void clientsShareTheThroughputLimitThroughAMemberWithoutBucket4j() throws Exception {
		List<BucketRateLimiter> limiters = limiters(RateLimitSettings.defaults().withThroughput(10, 0));
		assertThat(limiters).allSatisfy((limiter) -> {
			assertThat(limiter.getBackend()).isEqualTo("hazelcast-client");
			assertThat(limiter.getMemberCount()).isEqualTo(2);
		});
		Load load = Load.run(limiters, 1, Duration.ofMillis(2200), "standalone", (i) -> "49" + i);
		Load.report("2 clients (CAS) of a member JVM without Bucket4j, limit 10/s, 2.2 s", load.grants);
		assertThat(load.failures).isEmpty();
		assertThat(limiters).allSatisfy((limiter) -> assertThat(limiter.getState().name()).isEqualTo("OK"));
		assertThat(load.grants.maxInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(10);
		assertThat(load.grants.count()).isPositive();
	}

	@Test
	void clientsShareThePairLimitThroughAMemberWithoutBucket4j() {
		List<BucketRateLimiter> limiters = limiters(RateLimitSettings.defaults()
			.withPair(Duration.ofSeconds(30), 1)
			// far below the 30 s pair wait, yet enough for the next throughput slot (capacity 1)
			.withMaxWait(Duration.ofMillis(500)));
		limiters.get(0).acquire("standalone-pair", "4917000000001");
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> limiters.get(1).acquire("standalone-pair", "4917000000001"))
			.satisfies((ex) -> assertThat(ex.getLimit()).isEqualTo("pair"));
		limiters.get(1).acquire("standalone-pair", "4917000000002");
	}

	@Test
	void entryProcessorManagerFailsAgainstTheSameMember() {
		var entryProcessor = Bucket4jHazelcast.entryProcessorBasedBuilder(clients.get(0).<String, byte[]>getMap("ep"))
			.requestTimeout(Duration.ofSeconds(5))
			.build();
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillGreedy(1, Duration.ofSeconds(1)))
			.build();
		assertThatException().isThrownBy(() -> entryProcessor.getProxy("key", () -> configuration).tryConsume(1))
			.withStackTraceContaining("ClassNotFoundException");
	}

	private static List<BucketRateLimiter> limiters(RateLimitSettings settings) {
		return clients.stream()
			.map((client) -> new BucketRateLimiter(new HazelcastBucketStore(client, "whatsapp-rate-limit",
					Duration.ofSeconds(2), Duration.ofSeconds(2), 2), settings.withMaxWait(
							settings.maxWait().isZero() ? Duration.ZERO : Duration.ofSeconds(10))))
			.toList();
	}

	private static HazelcastInstance client() {
		ClientConfig config = new ClientConfig().setClusterName(CLUSTER);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		config.getNetworkConfig().addAddress("127.0.0.1:" + PORT);
		config.getConnectionStrategyConfig()
			.getConnectionRetryConfig()
			.setClusterConnectTimeoutMillis(60_000)
			.setInitialBackoffMillis(200)
			.setMaxBackoffMillis(500);
		return HazelcastClient.newHazelcastClient(config);
	}

}
