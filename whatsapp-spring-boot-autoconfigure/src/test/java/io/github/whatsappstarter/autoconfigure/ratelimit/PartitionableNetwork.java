package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * A loopback network between Hazelcast members that a test can split and heal. Member {@code i}
 * binds {@code base + i} but advertises {@code base + 10 + i}, where this network listens and relays
 * to it; its own outgoing connections leave from the ports {@code base + 20 + 10 i} to
 * {@code base + 29 + 10 i}, so each relayed connection is known by the member it comes from. A split
 * closes every connection between the two sides and refuses new ones until the heal; connections
 * within a side carry on. Members may run in this JVM or in child processes: they only need
 * {@link #configure(Config, int)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class PartitionableNetwork implements AutoCloseable {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final int base;

	private final int members;

	private final List<ServerSocket> listeners = new ArrayList<>();

	private final List<Link> links = new CopyOnWriteArrayList<>();

	private final AtomicInteger unknownOrigins = new AtomicInteger();

	private volatile Set<Integer> isolated = Set.of();

	private PartitionableNetwork(int base, int members) {
		this.base = base;
		this.members = members;
	}

	/**
	 * Opens the relays of a network of members.
	 * @param base the first of the ports used (bind, public and outbound ports follow it)
	 * @param members how many members (at most 10)
	 * @return the running network
	 * @throws IOException if a relay port is taken
	 */
	static PartitionableNetwork open(int base, int members) throws IOException {
		PartitionableNetwork network = new PartitionableNetwork(base, members);
		for (int i = 0; i < members; i++) {
			ServerSocket listener = new ServerSocket();
			listener.setReuseAddress(true);
			listener.bind(new InetSocketAddress(LOOPBACK, network.publicPort(i)));
			network.listeners.add(listener);
			int target = i;
			daemon("split-relay-accept-" + i, () -> network.accept(listener, target));
		}
		return network;
	}

	/**
	 * Points a member's configuration at this network: its ports, its advertised address and the
	 * others' addresses to join, plus fast failure detection and merging.
	 * @param config the member configuration
	 * @param index the member's index
	 * @return the configuration
	 */
	static Config configure(Config config, int base, int members, int index) {
		NetworkConfig network = config.getNetworkConfig();
		network.setPort(base + index).setPortAutoIncrement(false);
		network.setPublicAddress("127.0.0.1:" + (base + 10 + index));
		network.setOutboundPortDefinitions(List.of((base + 20 + 10 * index) + "-" + (base + 29 + 10 * index)));
		JoinConfig join = network.getJoin();
		join.getTcpIpConfig().getMembers().clear();
		for (int i = 0; i < members; i++) {
			join.getTcpIpConfig().addMember("127.0.0.1:" + (base + 10 + i));
		}
		config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
		config.setProperty("hazelcast.max.no.heartbeat.seconds", "4");
		config.setProperty("hazelcast.merge.first.run.delay.seconds", "2");
		config.setProperty("hazelcast.merge.next.run.delay.seconds", "2");
		config.setProperty("hazelcast.socket.client.bind.any", "false");
		return config;
	}

	Config configure(Config config, int index) {
		return configure(config, this.base, this.members, index);
	}

	/**
	 * Splits the network: the given members on one side, the others on the other.
	 * @param side the members of one side
	 */
	void split(Set<Integer> side) {
		this.isolated = Set.copyOf(side);
		for (Link link : this.links) {
			if (crosses(link.origin, link.target)) {
				link.close();
			}
		}
	}

	/**
	 * Heals a split: new connections between the sides are relayed again.
	 */
	void heal() {
		this.isolated = Set.of();
	}

	/**
	 * Returns how many relayed connections came from a port of no member (they cannot be cut).
	 * @return the count
	 */
	int unknownOrigins() {
		return this.unknownOrigins.get();
	}

	@Override
	public void close() {
		for (ServerSocket listener : this.listeners) {
			closeQuietly(listener);
		}
		this.links.forEach(Link::close);
	}

	private int publicPort(int index) {
		return this.base + 10 + index;
	}

	private int origin(int port) {
		int offset = port - (this.base + 20);
		return (offset >= 0 && offset < 10 * this.members) ? offset / 10 : -1;
	}

	private boolean crosses(int origin, int target) {
		Set<Integer> side = this.isolated;
		return !side.isEmpty() && side.contains(origin) != side.contains(target);
	}

	private void accept(ServerSocket listener, int target) {
		while (!listener.isClosed()) {
			try {
				Socket inbound = listener.accept();
				int origin = origin(inbound.getPort());
				if (origin < 0) {
					this.unknownOrigins.incrementAndGet();
				}
				if (origin >= 0 && crosses(origin, target)) {
					closeQuietly(inbound);
					continue;
				}
				Socket outbound;
				try {
					outbound = new Socket(LOOPBACK, this.base + target);
				}
				catch (IOException ex) {
					// the member is not up: refused, as a connection to it would be
					closeQuietly(inbound);
					continue;
				}
				Link link = new Link(origin, target, inbound, outbound);
				this.links.add(link);
				link.start();
			}
			catch (IOException ex) {
				// the listener closed
			}
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

	private final class Link {

		private final int origin;

		private final int target;

		private final Socket inbound;

		private final Socket outbound;

		Link(int origin, int target, Socket inbound, Socket outbound) {
			this.origin = origin;
			this.target = target;
			this.inbound = inbound;
			this.outbound = outbound;
		}

		void start() throws IOException {
			pump(this.inbound.getInputStream(), this.outbound.getOutputStream(), "up");
			pump(this.outbound.getInputStream(), this.inbound.getOutputStream(), "down");
		}

		private void pump(InputStream in, OutputStream out, String direction) {
			daemon("split-relay-" + this.origin + "-" + this.target + "-" + direction, () -> {
				byte[] buffer = new byte[16 * 1024];
				try {
					int read;
					while ((read = in.read(buffer)) != -1) {
						out.write(buffer, 0, read);
						out.flush();
					}
				}
				catch (IOException ex) {
					// cut or closed
				}
				close();
			});
		}

		void close() {
			closeQuietly(this.inbound);
			closeQuietly(this.outbound);
			PartitionableNetwork.this.links.remove(this);
		}

	}

}
