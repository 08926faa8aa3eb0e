package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Buckets shared by every node through a Hazelcast {@code IMap}.
 * <p>
 * On a cluster member the entry-processor proxy manager runs the bucket logic on the key's owner
 * and lets a bucket expire once it would have refilled to full plus {@code keepAfterFull}, so idle
 * pair buckets disappear. On a Hazelcast <em>client</em> the members may lack Bucket4j classes, so
 * the CAS-based proxy manager is used; it cannot expire entries, so bound the map on the cluster
 * instead: {@code time-to-live-seconds} (or {@code max-idle-seconds}) at least the slowest
 * refill-to-full (pair burst × pair interval, 270 s for 45 × 6 s) plus an eviction size cap.
 * Every grid call is bounded by {@code requestTimeout}: Bucket4j's Hazelcast proxy managers do not
 * apply it themselves, so the limiter waits at most that long for a call and then falls back (see
 * {@link #requestTimeout()}). The node count for the fallback share is
 * the configured one or else the largest member count seen, so a node that just lost members
 * still divides by the old size (conservative).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class HazelcastBucketStore implements BucketStore {

	private final HazelcastInstance hazelcast;

	private final String mapName;

	private final ProxyManager<String> proxyManager;

	private final boolean client;

	private static final Log logger = LogFactory.getLog(HazelcastBucketStore.class);

	private final int configuredNodes;

	private final Duration requestTimeout;

	private volatile int lastKnownMembers = 1;

	/**
	 * Creates a store over the given instance.
	 * @param hazelcast a member or a client instance
	 * @param mapName the name of the map holding the buckets
	 * @param keepAfterFull how long a full bucket is kept on members before it expires
	 * @param requestTimeout the longest a grid call may take before the limiter falls back
	 * @param nodes application nodes sharing the limits, or {@code 0} to use the member count
	 */
	public HazelcastBucketStore(HazelcastInstance hazelcast, String mapName, Duration keepAfterFull,
			Duration requestTimeout, int nodes) {
		Assert.notNull(hazelcast, "hazelcast must not be null");
		this.hazelcast = hazelcast;
		this.mapName = mapName;
		this.client = isClient(hazelcast);
		this.configuredNodes = nodes;
		this.requestTimeout = requestTimeout;
		IMap<String, byte[]> map = hazelcast.getMap(mapName);
		this.proxyManager = this.client
				? Bucket4jHazelcast.casBasedBuilder(map).requestTimeout(requestTimeout).build()
				: Bucket4jHazelcast.entryProcessorBasedBuilder(map)
					.requestTimeout(requestTimeout)
					.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepAfterFull))
					.build();
		refreshMembers();
		if (this.client && nodes <= 0) {
			logger.warn("Rate limiter on a Hazelcast client without a configured node count: if the grid fails, each "
					+ "node falls back to the limits divided by the number of cluster members, not of application "
					+ "nodes, which can overshoot Meta's limits; set the node count "
					+ "(whatsapp.rate-limit.hazelcast.nodes) to the number of application nodes");
		}
	}

	/**
	 * Tells whether an instance is a Hazelcast client rather than a member.
	 * @param hazelcast the instance
	 * @return {@code true} for a client
	 */
	public static boolean isClient(HazelcastInstance hazelcast) {
		return hazelcast instanceof HazelcastClientProxy;
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		refreshMembers();
		return this.proxyManager.builder().build(key, configuration);
	}

	/**
	 * Publishes on the topic {@code <map name>.cooldowns}, as a plain string so that members need no
	 * classes of the starter.
	 */
	@Override
	public void publishCooldown(String phoneNumberId, Duration cooldown) {
		cooldowns().publish(cooldown.toMillis() + ":" + phoneNumberId);
	}

	@Override
	public void onCooldown(BiConsumer<String, Duration> listener) {
		cooldowns().addMessageListener((message) -> {
			String text = message.getMessageObject();
			int colon = text.indexOf(':');
			if (colon > 0) {
				listener.accept(text.substring(colon + 1), Duration.ofMillis(Long.parseLong(text.substring(0, colon))));
			}
		});
	}

	private ITopic<String> cooldowns() {
		return this.hazelcast.getTopic(this.mapName + ".cooldowns");
	}

	@Override
	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	@Override
	public String name() {
		return this.client ? "hazelcast-client" : "hazelcast";
	}

	@Override
	public int nodes() {
		return (this.configuredNodes > 0) ? this.configuredNodes : this.lastKnownMembers;
	}

	private void refreshMembers() {
		try {
			if (this.hazelcast.getLifecycleService().isRunning()) {
				this.lastKnownMembers = Math.max(this.lastKnownMembers, this.hazelcast.getCluster().getMembers().size());
			}
		}
		catch (RuntimeException ex) {
			// keep the last known count; the limiter decides about fallback on the bucket call
		}
	}

}
