package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.stream.IntStream;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.it.LoopbackHazelcast;

/**
 * A campaign node in a process of its own, for the test that kills it with SIGKILL: joins the
 * loopback cluster, prints {@code READY <member uuid>} and, when asked to, waits for the cluster to
 * reach the given size and starts a campaign to {@code recipients} numbers. Stays until killed or
 * its standard input closes.
 *
 * <p>Arguments: cluster name, first port, simulator base URL, access token, phone number id,
 * messages per second, max in flight, lease in ms, recipients (0: none), cluster size to wait for and,
 * optionally, {@code client} to join as a Hazelcast client instead of a member (it then prints the
 * client's uuid).
 */
public final class CampaignNodeProcess {

	private CampaignNodeProcess() {
	}

	/**
	 * Runs the node.
	 * @param args see the class description
	 * @throws Exception if the node cannot start
	 */
	public static void main(String[] args) throws Exception {
		LoopbackHazelcast hazelcast = new LoopbackHazelcast(args[0], Integer.parseInt(args[1]));
		boolean client = args.length > 10 && "client".equals(args[10]);
		HazelcastInstance member = client ? hazelcast.client() : hazelcast.member();
		CampaignSettings settings = new CampaignSettings(Integer.parseInt(args[6]), Duration.ZERO, 10)
			.withLease(Duration.ofMillis(Long.parseLong(args[7])), 100);
		CampaignNode node = new CampaignNode(member, args[2], args[3], args[4], Integer.parseInt(args[5]), settings);
		System.out.println("READY " + (client ? member.getLocalEndpoint().getUuid()
				: member.getCluster().getLocalMember().getUuid()));
		System.out.flush();
		int recipients = Integer.parseInt(args[8]);
		if (recipients > 0) {
			int clusterSize = Integer.parseInt(args[9]);
			while (member.getCluster().getMembers().size() < clusterSize) {
				Thread.sleep(50);
			}
			node.campaigns.campaign()
				.name("crash")
				.recipients(IntStream.range(0, recipients).mapToObj(CampaignCrashProcessTests::recipient).toList())
				.messageFactory(CampaignMessages.text("spring sale"))
				.start();
		}
		while (System.in.read() != -1) {
			// the test closes our standard input (or kills us) when it is done
		}
		node.close();
		hazelcast.close();
		System.exit(0);
	}

}
