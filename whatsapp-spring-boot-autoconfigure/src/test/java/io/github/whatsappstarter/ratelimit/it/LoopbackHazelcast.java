package io.github.whatsappstarter.ratelimit.it;

import java.util.ArrayList;
import java.util.List;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Starts Hazelcast members and clients on 127.0.0.1 only (multicast, auto-detection and phone-home
 * off, a unique cluster name per use) and shuts them all down afterwards.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class LoopbackHazelcast implements AutoCloseable {

	private final String clusterName;

	private final int port;

	private final List<HazelcastInstance> instances = new ArrayList<>();

	/**
	 * Creates a helper for one test cluster.
	 * @param clusterName a unique cluster name
	 * @param port the first port, distinct per test class
	 */
	public LoopbackHazelcast(String clusterName, int port) {
		this.clusterName = clusterName;
		this.port = port;
	}

	/**
	 * Returns a loopback member configuration, with fast physical expiry sweeping.
	 * @return the configuration
	 */
	public Config config() {
		Config config = new Config().setClusterName(this.clusterName);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		config.setProperty("hazelcast.internal.map.expiration.task.period.seconds", "1");
		config.setProperty("hazelcast.internal.map.expiration.cleanup.percentage", "100");
		config.setProperty("hazelcast.internal.map.expiration.cleanup.operation.count", "271");
		config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
		NetworkConfig network = config.getNetworkConfig().setPort(this.port).setPortAutoIncrement(true);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + this.port).addMember("127.0.0.1:" + (this.port + 1))
			.addMember("127.0.0.1:" + (this.port + 2));
		return config;
	}

	/**
	 * Starts a member.
	 * @return the member
	 */
	public HazelcastInstance member() {
		HazelcastInstance member = Hazelcast.newHazelcastInstance(config());
		this.instances.add(member);
		return member;
	}

	/**
	 * Starts a client of this cluster.
	 * @return the client
	 */
	public HazelcastInstance client() {
		ClientConfig config = new ClientConfig().setClusterName(this.clusterName);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		config.getNetworkConfig().addAddress("127.0.0.1:" + this.port);
		config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(10_000);
		HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
		this.instances.add(client);
		return client;
	}

	@Override
	public void close() {
		for (HazelcastInstance instance : this.instances) {
			try {
				instance.getLifecycleService().terminate();
			}
			catch (RuntimeException ex) {
				// already gone
			}
		}
	}

}
