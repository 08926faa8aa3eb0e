package io.github.whatsappstarter.webhook;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * Starts Hazelcast members that only talk over 127.0.0.1: no multicast, no auto-detection, no
 * phone-home, a cluster name unique to the caller.
 */
public final class LoopbackHazelcast {

	private LoopbackHazelcast() {
	}

	public static HazelcastInstance newMember(String clusterName) {
		Config config = new Config().setClusterName(clusterName);
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		NetworkConfig network = config.getNetworkConfig().setPort(5971).setPortAutoIncrement(true);
		network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5971").addMember("127.0.0.1:5972").addMember("127.0.0.1:5973").addMember("127.0.0.1:5974");
		return Hazelcast.newHazelcastInstance(config);
	}

}
