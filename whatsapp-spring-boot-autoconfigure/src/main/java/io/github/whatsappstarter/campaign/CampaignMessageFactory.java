package io.github.whatsappstarter.campaign;

import java.util.List;

import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Builds a recipient's campaign messages when the recipient's turn comes, so a campaign never holds
 * every message at once. With the Hazelcast backend another node may resume a campaign, so the
 * factory must be available there too: either {@link java.io.Serializable} (it is stored with the
 * campaign, as the ones from {@link CampaignMessages} are) or a bean of this type named in
 * {@link CampaignBuilder#messageFactory(String)}. It must return the same messages for a recipient
 * on every node and every call.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
@FunctionalInterface
public interface CampaignMessageFactory {

	/**
	 * Builds a recipient's messages, delivered in this order.
	 * @param recipient the recipient and its parameters
	 * @return the messages (at least one, at most {@value CampaignBuilder#MAX_MESSAGES_PER_RECIPIENT})
	 */
	List<? extends WhatsAppMessage> messages(CampaignRecipient recipient);

}
