package io.github.whatsappstarter.campaign;

import java.util.List;

import org.springframework.util.Assert;

/**
 * One recipient of a campaign: the phone number (or business-scoped user id) and the values a
 * {@link CampaignMessageFactory} puts into that recipient's messages, e.g. a template's body
 * parameters. Stored with the campaign, so keep the values short.
 *
 * @param to the recipient's number
 * @param parameters the per-recipient values, in order (may be empty)
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record CampaignRecipient(String to, List<String> parameters) {

	/**
	 * Checks and copies the values.
	 */
	public CampaignRecipient {
		Assert.notNull(to, "to must not be null");
		parameters = List.copyOf(parameters);
	}

	/**
	 * Returns a recipient without parameters.
	 * @param to the recipient's number
	 * @return the recipient
	 */
	public static CampaignRecipient of(String to) {
		return new CampaignRecipient(to, List.of());
	}

	/**
	 * Returns a recipient with parameters.
	 * @param to the recipient's number
	 * @param parameters the per-recipient values
	 * @return the recipient
	 */
	public static CampaignRecipient of(String to, String... parameters) {
		return new CampaignRecipient(to, List.of(parameters));
	}

	@Override
	public String toString() {
		return "CampaignRecipient[to=" + io.github.whatsappstarter.error.WhatsAppException.mask(this.to)
				+ ", parameters=" + this.parameters.size() + "]";
	}

}
