package io.github.whatsappstarter.autoconfigure.ratelimit;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import io.github.whatsappstarter.campaign.HazelcastCampaignStore;

import org.springframework.util.StringUtils;

/**
 * Builds the configuration of the embedded member started when the application has no
 * {@code HazelcastInstance}, from {@code whatsapp.rate-limit.hazelcast.embedded.*} (and the backend's
 * map name, for split-brain protection): TCP-IP join with the configured members, multicast and
 * auto-detection off, phone-home off. The member binds only to the configured interface (not to
 * every interface, Hazelcast's default), and to loopback when neither an interface nor members are
 * configured, since open Hazelcast members accept anyone who can reach the port. With
 * {@code embedded.split-brain-protection-min-size} the rate-limit map refuses calls on a side of a split with
 * fewer members, which makes that side's limiters use their local share. Spring, not
 * Hazelcast's JVM shutdown hook, stops it, so sends can drain during a graceful shutdown.
 */
final class EmbeddedHazelcastConfigFactory {

	private static final String LOOPBACK = "127.0.0.1";

	static final String SPLIT_BRAIN_PROTECTION = "whatsapp-rate-limit-majority";

	private EmbeddedHazelcastConfigFactory() {
	}

	static Config create(WhatsAppRateLimitProperties.Hazelcast grid) {
		WhatsAppRateLimitProperties.Embedded properties = grid.getEmbedded();
		Config config = new Config().setClusterName(properties.getClusterName());
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		NetworkConfig network = config.getNetworkConfig().setPort(properties.getPort()).setPortAutoIncrement(true);
		config.setProperty("hazelcast.shutdownhook.enabled", "false");
		String networkInterface = properties.getNetworkInterface();
		if (!StringUtils.hasText(networkInterface) && properties.getMembers().isEmpty()) {
			networkInterface = LOOPBACK;
		}
		if (StringUtils.hasText(networkInterface)) {
			config.setProperty("hazelcast.socket.bind.any", "false");
			network.getInterfaces().setEnabled(true).addInterface(networkInterface);
		}
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true).setMembers(properties.getMembers());
		int minSize = properties.getSplitBrainProtectionMinSize();
		if (minSize > 1) {
			// a side of a split smaller than this gets SplitBrainProtectionException on the rate-limit map,
			// so its limiter falls back to its local share instead of spending a whole budget of its own
			config.addSplitBrainProtectionConfig(
					new SplitBrainProtectionConfig(SPLIT_BRAIN_PROTECTION, true, minSize));
			config.getMapConfig(grid.getMapName()).setSplitBrainProtectionName(SPLIT_BRAIN_PROTECTION);
			// and a campaign node woken on the smaller side cannot renew its lease or take a campaign over
			// on its stale copy of the campaign maps while the majority's node runs it
			config.getMapConfig(HazelcastCampaignStore.DEFAULT_MAP_PREFIX + "*")
				.setSplitBrainProtectionName(SPLIT_BRAIN_PROTECTION);
		}
		return config;
	}

}
