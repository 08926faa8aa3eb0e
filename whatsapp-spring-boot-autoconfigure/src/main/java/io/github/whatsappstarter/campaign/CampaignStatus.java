package io.github.whatsappstarter.campaign;

/**
 * Where a campaign stands.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum CampaignStatus {

	/** Recipients are still being read from the source; nothing is sent yet. */
	INGESTING,

	/** Sending. */
	RUNNING,

	/** Paused by an account-level error or on request; {@link CampaignHandle#resume()} continues it. */
	PAUSED,

	/** Cancelled: the remaining recipients are being marked failed with reason {@value CampaignFailure#CANCELLED}. */
	CANCELLING,

	/** Every message ended sent or failed. */
	COMPLETED,

	/** Cancelled, and every message ended sent or failed. */
	CANCELLED,

	/** The node reading the recipients died before it finished; nothing was sent. */
	ABANDONED;

	/**
	 * Returns whether the campaign has ended.
	 * @return whether nothing more will happen
	 */
	public boolean isTerminal() {
		return this == COMPLETED || this == CANCELLED || this == ABANDONED;
	}

}
