package io.github.whatsappstarter.autoconfigure.ratelimit;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

import org.springframework.util.StringUtils;

/**
 * Builds the configuration of the embedded member started when the application has no
 * {@code HazelcastInstance}: TCP-IP join with the configured members, multicast and
 * auto-detection off, phone-home off.
 */
final class EmbeddedHazelcastConfigFactory {

	private EmbeddedHazelcastConfigFactory() {
	}

	static Config create(WhatsAppRateLimitProperties.Hazelcast properties) {
		Config config = new Config().setClusterName(properties.getClusterName());
		config.setProperty("hazelcast.phone.home.enabled", "false");
		config.setProperty("hazelcast.logging.type", "slf4j");
		NetworkConfig network = config.getNetworkConfig().setPort(properties.getPort()).setPortAutoIncrement(true);
		if (StringUtils.hasText(properties.getNetworkInterface())) {
			network.getInterfaces().setEnabled(true).addInterface(properties.getNetworkInterface());
		}
		JoinConfig join = network.getJoin();
		join.getMulticastConfig().setEnabled(false);
		join.getAutoDetectionConfig().setEnabled(false);
		join.getTcpIpConfig().setEnabled(true).setMembers(properties.getMembers());
		return config;
	}

}
