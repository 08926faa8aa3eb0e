package io.github.whatsappstarter.campaign;

import java.io.Serializable;
import java.util.List;

import io.github.whatsappstarter.message.TemplateParameter;
import io.github.whatsappstarter.message.WhatsAppMessage;

import org.springframework.util.Assert;

/**
 * Serializable {@link CampaignMessageFactory} definitions: stored with a campaign, so any node of
 * the cluster can rebuild the messages and resume it.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class CampaignMessages {

	private CampaignMessages() {
	}

	/**
	 * One text message, the same for every recipient.
	 * @param body the text
	 * @return the factory
	 */
	public static CampaignMessageFactory text(String body) {
		Assert.hasText(body, "body must not be empty");
		return new Text(body);
	}

	/**
	 * One template message per recipient whose body parameters are the recipient's
	 * {@linkplain CampaignRecipient#parameters() parameters}, in order.
	 * @param name the template name
	 * @param languageCode the template language, e.g. {@code en_US}
	 * @return the factory
	 */
	public static CampaignMessageFactory template(String name, String languageCode) {
		Assert.hasText(name, "name must not be empty");
		Assert.hasText(languageCode, "languageCode must not be empty");
		return new Template(name, languageCode);
	}

	record Text(String body) implements CampaignMessageFactory, Serializable {

		@Override
		public List<WhatsAppMessage> messages(CampaignRecipient recipient) {
			return List.of(WhatsAppMessage.text(recipient.to(), this.body));
		}

	}

	record Template(String name, String languageCode) implements CampaignMessageFactory, Serializable {

		@Override
		public List<WhatsAppMessage> messages(CampaignRecipient recipient) {
			TemplateParameter[] body = recipient.parameters()
				.stream()
				.map(TemplateParameter::text)
				.toArray(TemplateParameter[]::new);
			return List.of(WhatsAppMessage.template(recipient.to(), this.name, this.languageCode).body(body).build());
		}

	}

}
