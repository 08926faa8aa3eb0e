package io.github.whatsappstarter.autoconfigure.campaign;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for {@link WhatsAppCampaigns}: staggered bulk sending through the
 * {@link WhatsAppOperations} bean, with a registry of campaigns by id.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = { WhatsAppAutoConfiguration.class, WhatsAppBundlingAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = WhatsAppCampaignProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(WhatsAppCampaignProperties.class)
public final class WhatsAppCampaignAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(WhatsAppOperations.class)
	WhatsAppCampaigns whatsAppCampaigns(WhatsAppOperations operations, WhatsAppCampaignProperties properties,
			ApplicationEventPublisher publisher) {
		return new WhatsAppCampaigns(operations, properties.toSettings(), publisher);
	}

}
