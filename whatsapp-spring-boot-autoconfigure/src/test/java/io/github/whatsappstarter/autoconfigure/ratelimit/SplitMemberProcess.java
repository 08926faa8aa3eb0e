package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.util.List;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * An embedded rate-limit member (as the starter configures it) in a process of its own, on a
 * {@link PartitionableNetwork}: prints {@code READY <member uuid>} and stays until its standard input
 * closes or it is killed. Arguments: cluster name, network base port, member count, member index,
 * split-brain protection minimum size, map name.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class SplitMemberProcess {

	private SplitMemberProcess() {
	}

	/**
	 * Runs the member.
	 * @param args see the class description
	 * @throws Exception if the member cannot start
	 */
	public static void main(String[] args) throws Exception {
		int base = Integer.parseInt(args[1]);
		int members = Integer.parseInt(args[2]);
		int index = Integer.parseInt(args[3]);
		HazelcastInstance member = Hazelcast.newHazelcastInstance(PartitionableNetwork.configure(
				EmbeddedHazelcastConfigFactory.create(properties(args[0], base, Integer.parseInt(args[4]), args[5])),
				base, members, index));
		System.out.println("READY " + member.getCluster().getLocalMember().getUuid());
		System.out.flush();
		while (System.in.read() != -1) {
			// the test closes our standard input (or kills us) when it is done
		}
		member.getLifecycleService().terminate();
		System.exit(0);
	}

	static WhatsAppRateLimitProperties.Hazelcast properties(String clusterName, int base, int splitBrainProtectionMinSize,
			String mapName) {
		WhatsAppRateLimitProperties.Hazelcast properties = new WhatsAppRateLimitProperties.Hazelcast();
		WhatsAppRateLimitProperties.Embedded member = properties.getEmbedded();
		member.setClusterName(clusterName);
		member.setPort(base);
		member.setNetworkInterface("127.0.0.1");
		member.setMembers(List.of("127.0.0.1:" + (base + 10)));
		member.setSplitBrainProtectionMinSize(splitBrainProtectionMinSize);
		properties.setMapName(mapName);
		return properties;
	}

}
