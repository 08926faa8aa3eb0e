package io.github.whatsappstarter.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Embedded Hazelcast members on 127.0.0.1 only: multicast and auto-detection off, phone-home off,
 * a unique cluster name per call and explicit free ports, so a run never meets another cluster.
 * Expired entries are swept every second over all partitions (dependencies.md §5), which the memory
 * scenario relies on.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class LoopbackHazelcast {

	private LoopbackHazelcast() {
	}

	/**
	 * Starts {@code size} members joined into one fresh cluster and waits until all see each other.
	 * @param size the number of members
	 * @return the members, to be shut down by the caller
	 */
	static List<HazelcastInstance> cluster(int size) {
		String clusterName = "wa-bench-" + UUID.randomUUID();
		List<Integer> ports = freePorts(size);
		List<HazelcastInstance> members = new ArrayList<>();
		try {
			for (int port : ports) {
				members.add(Hazelcast.newHazelcastInstance(config(clusterName, port, ports)));
			}
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (members.get(0).getCluster().getMembers().size() < size) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Hazelcast members did not join within 30 s");
				}
				Thread.sleep(50);
			}
			return members;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			shutdown(members);
			throw new IllegalStateException(ex);
		}
		catch (RuntimeException ex) {
			shutdown(members);
			throw ex;
		}
	}

	static void shutdown(List<HazelcastInstance> members) {
		for (HazelcastInstance member : members) {
			try {
				member.shutdown();
			}
			catch (RuntimeException ex) {
				// already down
			}
		}
	}

	private static Config config(String clusterName, int port, List<Integer> ports) {
		Config config = new Config().setClusterName(clusterName);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		config.setProperty("hazelcast.internal.map.expiration.task.period.seconds", "1");
		config.setProperty("hazelcast.internal.map.expiration.cleanup.percentage", "100");
		config.setProperty("hazelcast.internal.map.expiration.cleanup.operation.count", "271");
		NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true);
		for (int member : ports) {
			join.getTcpIpConfig().addMember("127.0.0.1:" + member);
		}
		return config;
	}

	private static List<Integer> freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// ignore
				}
			}
		}
	}

}
