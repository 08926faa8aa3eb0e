package io.github.whatsappstarter.ratelimit.it;

import com.hazelcast.core.HazelcastInstance;

/**
 * A Hazelcast member in a process of its own, for tests that freeze (SIGSTOP) or kill (SIGKILL) a
 * member: joins the loopback cluster named by the first argument on the port of the second, prints
 * {@code READY <member uuid>}, and stays until its standard input closes or it is killed.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class GridMemberProcess {

	private GridMemberProcess() {
	}

	/**
	 * Runs the member.
	 * @param args the cluster name and the first port
	 * @throws Exception if the member cannot start
	 */
	public static void main(String[] args) throws Exception {
		LoopbackHazelcast hazelcast = new LoopbackHazelcast(args[0], Integer.parseInt(args[1]));
		HazelcastInstance member = hazelcast.member();
		System.out.println("READY " + member.getCluster().getLocalMember().getUuid());
		System.out.flush();
		while (System.in.read() != -1) {
			// the test closes our standard input (or kills us) when it is done
		}
		hazelcast.close();
		System.exit(0);
	}

}
