package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.whatsappstarter.autoconfigure.InvalidWhatsAppPropertyException;
import io.github.whatsappstarter.ratelimit.MessagingTier;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * Configuration properties for the cluster-wide WhatsApp rate limiter. Their defaults are the library's
 * ({@link RateLimitSettings}'s {@code DEFAULT_*} constants), so {@code RateLimitSettings.defaults()} and an
 * application without properties limit alike; their values are listed for the IDE in
 * {@code additional-spring-configuration-metadata.json}, which a test compares with the constants.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties("whatsapp.rate-limit")
public class WhatsAppRateLimitProperties {

	private static final String EMBEDDED_MOVED = "the embedded member's settings moved under embedded.*, apart from "
			+ "the backend's, which apply to any HazelcastInstance";

	/**
	 * Whether to limit sends at all; when false every permit is granted at once.
	 */
	private boolean enabled = true;

	/**
	 * Where the buckets live; hazelcast is used when Hazelcast and Bucket4j are on the classpath.
	 */
	private Backend backend = Backend.HAZELCAST;

	/**
	 * Longest a send may wait for its slots before failing with RateLimitWaitExceededException; 0
	 * fails at once when no slot is free.
	 */
	private Duration maxWait = RateLimitSettings.DEFAULT_MAX_WAIT;

	/**
	 * Whether to fail at once instead of waiting for a slot.
	 */
	private boolean failFast = false;

	private final Throughput throughput = new Throughput();

	private final Pair pair = new Pair();

	private final Hazelcast hazelcast = new Hazelcast();

	private final MessagingLimit messagingLimit = new MessagingLimit();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Backend getBackend() {
		return this.backend;
	}

	public void setBackend(Backend backend) {
		this.backend = backend;
	}

	public Duration getMaxWait() {
		return this.maxWait;
	}

	public void setMaxWait(Duration maxWait) {
		this.maxWait = maxWait;
	}

	/**
	 * Whether to fail at once instead of waiting for a slot.
	 * @return whether to fail fast
	 * @deprecated since 0.1.0, set {@code max-wait} to 0 instead; still honoured
	 */
	@Deprecated(since = "0.1.0")
	@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.max-wait",
			reason = "max-wait 0 means the same; one property for how long a send may wait", since = "0.1.0")
	public boolean isFailFast() {
		return this.failFast;
	}

	/**
	 * Set whether to fail at once instead of waiting for a slot.
	 * @param failFast whether to fail fast
	 * @deprecated since 0.1.0, set {@code max-wait} to 0 instead; still honoured
	 */
	@Deprecated(since = "0.1.0")
	public void setFailFast(boolean failFast) {
		this.failFast = failFast;
	}

	public Throughput getThroughput() {
		return this.throughput;
	}

	public Pair getPair() {
		return this.pair;
	}

	public Hazelcast getHazelcast() {
		return this.hazelcast;
	}

	public MessagingLimit getMessagingLimit() {
		return this.messagingLimit;
	}

	RateLimitSettings toSettings() {
		return new RateLimitSettings(this.throughput.messagesPerSecond, this.throughput.perNumber,
				checkedMargin("whatsapp.rate-limit.throughput.safety-margin", this.throughput.safetyMargin),
				RateLimitSettings.pairSpacing(this.pair.interval,
						checkedMargin("whatsapp.rate-limit.pair.safety-margin", this.pair.safetyMargin)),
				this.pair.burst, this.failFast ? Duration.ZERO : this.maxWait, this.throughput.cooldown,
				this.hazelcast.recoveryInterval);
	}

	private static double checkedMargin(String property, double margin) {
		if (!RateLimitSettings.isSafetyMargin(margin)) {
			throw new InvalidWhatsAppPropertyException(property,
					"must be between 0 and " + RateLimitSettings.MAX_SAFETY_MARGIN);
		}
		return margin;
	}

	/**
	 * Where the rate-limit buckets live.
	 */
	public enum Backend {

		/**
		 * Shared by the cluster through Hazelcast.
		 */
		HAZELCAST,

		/**
		 * In this JVM only.
		 */
		LOCAL

	}

	/**
	 * Throughput limit per business phone number (Meta error 130429).
	 */
	public static class Throughput {

		/**
		 * Meta's throughput level per business number: 80 by default, 1000 upgraded, 20 coexistence.
		 */
		private int messagesPerSecond = RateLimitSettings.DEFAULT_MESSAGES_PER_SECOND;

		/**
		 * Share of Meta's throughput level the limiter leaves unused, for inbound traffic, which
		 * Meta counts too (0 to 0.9; 0.05 grants 76 of 80 messages per second).
		 */
		private double safetyMargin = RateLimitSettings.DEFAULT_THROUGHPUT_SAFETY_MARGIN;

		/**
		 * Pause of a number's sends after Meta still answered 130429.
		 */
		private Duration cooldown = RateLimitSettings.DEFAULT_THROUGHPUT_COOLDOWN;

		/**
		 * Throughput level by phone number id, overriding messages-per-second.
		 */
		private Map<String, Integer> perNumber = new LinkedHashMap<>();

		/**
		 * Whether the limiter follows Meta's throughput level for whatsapp.phone-number-id: read at
		 * start-up (fields=throughput), raised on a THROUGHPUT_UPGRADE webhook (the shared bucket at
		 * once) and read again every follow-meta-refresh on every node.
		 */
		private boolean followMeta = false;

		/**
		 * Messages per second by Meta's throughput level name. Meta documents STANDARD (80/s) and an
		 * upgraded 1,000/s; the name HIGH is from third-party docs, hence configurable.
		 */
		private Map<String, Integer> levels = new LinkedHashMap<>(Map.of("STANDARD", 80, "HIGH", 1000));

		/**
		 * The level name a THROUGHPUT_UPGRADE phone_number_quality_update webhook means.
		 */
		private String upgradedLevel = "HIGH";

		/**
		 * How often every node reads the number's throughput level again when following Meta's, so
		 * nodes that did not receive the upgrade webhook catch up; 0 reads it at start-up only.
		 */
		private Duration followMetaRefresh = Duration.ofMinutes(10);

		public Duration getFollowMetaRefresh() {
			return this.followMetaRefresh;
		}

		public void setFollowMetaRefresh(Duration followMetaRefresh) {
			this.followMetaRefresh = followMetaRefresh;
		}

		public boolean isFollowMeta() {
			return this.followMeta;
		}

		public void setFollowMeta(boolean followMeta) {
			this.followMeta = followMeta;
		}

		public Map<String, Integer> getLevels() {
			return this.levels;
		}

		public void setLevels(Map<String, Integer> levels) {
			this.levels = levels;
		}

		public String getUpgradedLevel() {
			return this.upgradedLevel;
		}

		public void setUpgradedLevel(String upgradedLevel) {
			this.upgradedLevel = upgradedLevel;
		}

		public int getMessagesPerSecond() {
			return this.messagesPerSecond;
		}

		public void setMessagesPerSecond(int messagesPerSecond) {
			this.messagesPerSecond = messagesPerSecond;
		}

		public double getSafetyMargin() {
			return this.safetyMargin;
		}

		public void setSafetyMargin(double safetyMargin) {
			this.safetyMargin = safetyMargin;
		}

		public Duration getCooldown() {
			return this.cooldown;
		}

		public void setCooldown(Duration cooldown) {
			this.cooldown = cooldown;
		}

		public Map<String, Integer> getPerNumber() {
			return this.perNumber;
		}

		public void setPerNumber(Map<String, Integer> perNumber) {
			this.perNumber = perNumber;
		}

	}

	/**
	 * Pair limit per (business number, recipient) (Meta error 131056).
	 */
	public static class Pair {

		/**
		 * Meta's sustained spacing of messages to one recipient: 1 per 6 s.
		 */
		private Duration interval = RateLimitSettings.DEFAULT_PAIR_INTERVAL;

		/**
		 * Messages to one recipient allowed in a burst; Meta allows up to 45, but engaged users trip
		 * 131056 far earlier, so the default is 10.
		 */
		private int burst = RateLimitSettings.DEFAULT_PAIR_BURST;

		/**
		 * Share of Meta's pair rate the limiter leaves unused, so that network and scheduling jitter
		 * never lands two messages closer than Meta's interval (0 to 0.9; 0.1 spaces 6 s as 6 s ÷ 0.9
		 * = 6.67 s).
		 */
		private double safetyMargin = RateLimitSettings.DEFAULT_PAIR_SAFETY_MARGIN;

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public int getBurst() {
			return this.burst;
		}

		public void setBurst(int burst) {
			this.burst = burst;
		}

		public double getSafetyMargin() {
			return this.safetyMargin;
		}

		public void setSafetyMargin(double safetyMargin) {
			this.safetyMargin = safetyMargin;
		}

	}

	/**
	 * Hazelcast backend: where the buckets live and how long a grid call may take, whichever
	 * HazelcastInstance is used; {@link #getEmbedded()} configures the member the starter starts when
	 * the application has none.
	 */
	public static class Hazelcast {

		/**
		 * Name of the map holding the buckets.
		 */
		private String mapName = "whatsapp-rate-limit";

		/**
		 * Longest any grid call may take (rate-limit buckets, messaging-limit guard, webhook dedupe):
		 * then the limiter falls back to this node's local share, the guard refuses the send and the
		 * dedupe treats the update as new.
		 */
		private Duration requestTimeout = Duration.ofMillis(500);

		/**
		 * How often a degraded limiter tries the grid again.
		 */
		private Duration recoveryInterval = RateLimitSettings.DEFAULT_RECOVERY_INTERVAL;

		/**
		 * How long a bucket is kept after it has refilled to full (members only), at least 2 s.
		 */
		private Duration keepAfterFull = Duration.ofSeconds(5);

		/**
		 * Application nodes sharing the limits, for the fallback share; 0 uses the member count.
		 */
		private int nodes = 0;

		private final Embedded embedded = new Embedded();

		public Embedded getEmbedded() {
			return this.embedded;
		}

		public String getMapName() {
			return this.mapName;
		}

		public void setMapName(String mapName) {
			this.mapName = mapName;
		}

		public Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
		}

		public Duration getRecoveryInterval() {
			return this.recoveryInterval;
		}

		public void setRecoveryInterval(Duration recoveryInterval) {
			this.recoveryInterval = recoveryInterval;
		}

		public Duration getKeepAfterFull() {
			return this.keepAfterFull;
		}

		public void setKeepAfterFull(Duration keepAfterFull) {
			this.keepAfterFull = keepAfterFull;
		}

		public int getNodes() {
			return this.nodes;
		}

		public void setNodes(int nodes) {
			this.nodes = nodes;
		}

		// the embedded member's settings under their old keys, before embedded.* took them over

		/**
		 * Deprecated alias of {@code embedded.cluster-name}, still honoured.
		 * @return the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.cluster-name}
		 */
		@Deprecated(since = "0.2.0")
		@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.hazelcast.embedded.cluster-name",
				reason = EMBEDDED_MOVED, since = "0.2.0")
		public String getClusterName() {
			return this.embedded.getClusterName();
		}

		/**
		 * Deprecated alias of {@code embedded.cluster-name}, still honoured.
		 * @param clusterName the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.cluster-name}
		 */
		@Deprecated(since = "0.2.0")
		public void setClusterName(String clusterName) {
			this.embedded.applyAlias("clusterName", () -> this.embedded.setClusterName(clusterName));
		}

		/**
		 * Deprecated alias of {@code embedded.port}, still honoured.
		 * @return the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.port}
		 */
		@Deprecated(since = "0.2.0")
		@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.hazelcast.embedded.port",
				reason = EMBEDDED_MOVED, since = "0.2.0")
		public int getPort() {
			return this.embedded.getPort();
		}

		/**
		 * Deprecated alias of {@code embedded.port}, still honoured.
		 * @param port the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.port}
		 */
		@Deprecated(since = "0.2.0")
		public void setPort(int port) {
			this.embedded.applyAlias("port", () -> this.embedded.setPort(port));
		}

		/**
		 * Deprecated alias of {@code embedded.members}, still honoured.
		 * @return the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.members}
		 */
		@Deprecated(since = "0.2.0")
		@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.hazelcast.embedded.members",
				reason = EMBEDDED_MOVED, since = "0.2.0")
		public List<String> getMembers() {
			// a copy: the binder fills a list it gets from the getter in place, which would bypass the alias rule
			return new ArrayList<>(this.embedded.getMembers());
		}

		/**
		 * Deprecated alias of {@code embedded.members}, still honoured.
		 * @param members the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.members}
		 */
		@Deprecated(since = "0.2.0")
		public void setMembers(List<String> members) {
			this.embedded.applyAlias("members", () -> this.embedded.setMembers(members));
		}

		/**
		 * Deprecated alias of {@code embedded.network-interface}, still honoured.
		 * @return the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.network-interface}
		 */
		@Deprecated(since = "0.2.0")
		@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.hazelcast.embedded.network-interface",
				reason = EMBEDDED_MOVED, since = "0.2.0")
		public @Nullable String getNetworkInterface() {
			return this.embedded.getNetworkInterface();
		}

		/**
		 * Deprecated alias of {@code embedded.network-interface}, still honoured.
		 * @param networkInterface the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.network-interface}
		 */
		@Deprecated(since = "0.2.0")
		public void setNetworkInterface(@Nullable String networkInterface) {
			this.embedded.applyAlias("networkInterface",
					() -> this.embedded.setNetworkInterface(networkInterface));
		}

		/**
		 * Deprecated alias of {@code embedded.split-brain-protection-min-size}, still honoured.
		 * @return the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.split-brain-protection-min-size}
		 */
		@Deprecated(since = "0.2.0")
		@DeprecatedConfigurationProperty(replacement = "whatsapp.rate-limit.hazelcast.embedded.split-brain-protection-min-size",
				reason = EMBEDDED_MOVED, since = "0.2.0")
		public int getSplitBrainProtectionMinSize() {
			return this.embedded.getSplitBrainProtectionMinSize();
		}

		/**
		 * Deprecated alias of {@code embedded.split-brain-protection-min-size}, still honoured.
		 * @param splitBrainProtectionMinSize the embedded member's value
		 * @deprecated since 0.2.0 in favour of {@code whatsapp.rate-limit.hazelcast.embedded.split-brain-protection-min-size}
		 */
		@Deprecated(since = "0.2.0")
		public void setSplitBrainProtectionMinSize(int splitBrainProtectionMinSize) {
			this.embedded.applyAlias("splitBrainProtectionMinSize",
					() -> this.embedded.setSplitBrainProtectionMinSize(splitBrainProtectionMinSize));
		}

	}

	/**
	 * The embedded Hazelcast member the starter starts when the application has no
	 * HazelcastInstance ({@code whatsapp.rate-limit.hazelcast.embedded.*}); ignored when the
	 * application brings its own instance or client.
	 */
	public static class Embedded {

		/**
		 * Cluster name of the embedded member.
		 */
		private String clusterName = "whatsapp-rate-limit";

		/**
		 * First port the embedded member tries; it counts upwards when taken.
		 */
		private int port = 5701;

		/**
		 * TCP-IP members of the embedded member's cluster, e.g. 10.0.0.1 or 10.0.0.1:5701.
		 */
		private List<String> members = new ArrayList<>();

		/**
		 * Network interface (address) the embedded member binds to and announces, e.g. 10.0.0.5; when
		 * empty, loopback if no members are configured, else every interface.
		 */
		private @Nullable String networkInterface;

		/**
		 * Members the embedded member's side of a split must see to keep using the shared rate-limit
		 * map (Hazelcast split-brain protection); a smaller side falls back to its local share instead
		 * of spending a full budget of its own. Set it to a majority of the cluster (2 of 3); 0 turns
		 * it off. A cluster scaled down below it stays on local shares until it grows again.
		 */
		private int splitBrainProtectionMinSize = 0;

		/** Settings given under their new keys; a deprecated alias never overrides one of them. */
		private final Set<String> explicitlySet = new HashSet<>();

		/**
		 * Applies a value given under a deprecated {@code hazelcast.*} key unless the same setting was
		 * given under its {@code embedded.*} key, whichever the binder sets first.
		 */
		void applyAlias(String setting, Runnable apply) {
			if (!this.explicitlySet.contains(setting)) {
				apply.run();
				this.explicitlySet.remove(setting);
			}
		}

		public String getClusterName() {
			return this.clusterName;
		}

		public void setClusterName(String clusterName) {
			this.explicitlySet.add("clusterName");
			this.clusterName = clusterName;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.explicitlySet.add("port");
			this.port = port;
		}

		public List<String> getMembers() {
			return this.members;
		}

		public void setMembers(List<String> members) {
			this.explicitlySet.add("members");
			this.members = members;
		}

		public @Nullable String getNetworkInterface() {
			return this.networkInterface;
		}

		public void setNetworkInterface(@Nullable String networkInterface) {
			this.explicitlySet.add("networkInterface");
			this.networkInterface = networkInterface;
		}

		public int getSplitBrainProtectionMinSize() {
			return this.splitBrainProtectionMinSize;
		}

		public void setSplitBrainProtectionMinSize(int splitBrainProtectionMinSize) {
			this.explicitlySet.add("splitBrainProtectionMinSize");
			this.splitBrainProtectionMinSize = splitBrainProtectionMinSize;
		}

	}

	/**
	 * Guard for Meta's messaging limit: unique business-initiated recipients per rolling 24 h.
	 */
	public static class MessagingLimit {

		/**
		 * Whether to refuse template messages to new recipients once the tier is reached.
		 */
		private boolean enabled = false;

		/**
		 * The number's messaging-limit tier.
		 */
		private MessagingTier tier = MessagingTier.TIER_250;

		/**
		 * Rolling window over which unique recipients are counted.
		 */
		private Duration window = Duration.ofHours(24);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public MessagingTier getTier() {
			return this.tier;
		}

		public void setTier(MessagingTier tier) {
			this.tier = tier;
		}

		public Duration getWindow() {
			return this.window;
		}

		public void setWindow(Duration window) {
			this.window = window;
		}

	}

}
