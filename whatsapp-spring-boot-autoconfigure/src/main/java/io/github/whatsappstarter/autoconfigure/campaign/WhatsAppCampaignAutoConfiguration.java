package io.github.whatsappstarter.autoconfigure.campaign;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.campaign.CampaignMessageFactory;
import io.github.whatsappstarter.campaign.CampaignStore;
import io.github.whatsappstarter.campaign.LocalCampaignStore;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration for {@link WhatsAppCampaigns}: staggered bulk sending through the
 * {@link WhatsAppOperations} bean, with campaigns kept in Hazelcast (the rate limiter's backend) or
 * in this node's memory, and {@link CampaignMessageFactory} beans resolvable by name.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@AutoConfiguration(after = { WhatsAppAutoConfiguration.class, WhatsAppBundlingAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = WhatsAppCampaignProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(WhatsAppCampaignProperties.class)
@Import(HazelcastCampaignStoreConfiguration.class)
public final class WhatsAppCampaignAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(WhatsAppOperations.class)
	WhatsAppCampaigns whatsAppCampaigns(WhatsAppOperations operations, WhatsAppCampaignProperties properties,
			ApplicationEventPublisher publisher, ObjectProvider<CampaignStore> stores, ListableBeanFactory beans) {
		CampaignStore store = stores.getIfUnique(LocalCampaignStore::new);
		return new WhatsAppCampaigns(operations, properties.toSettings(), publisher, store,
				(name) -> (beans.containsBean(name) && beans.isTypeMatch(name, CampaignMessageFactory.class))
						? beans.getBean(name, CampaignMessageFactory.class) : null);
	}

}
