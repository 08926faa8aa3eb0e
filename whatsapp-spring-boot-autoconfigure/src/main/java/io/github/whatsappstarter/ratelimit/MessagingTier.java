package io.github.whatsappstarter.ratelimit;

/**
 * Meta's messaging-limit tiers: unique business-initiated recipients per rolling 24 hours.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum MessagingTier {

	/** 50 recipients (new, unverified portfolios). */
	TIER_50(50),

	/** 250 recipients. */
	TIER_250(250),

	/** 2,000 recipients. */
	TIER_2K(2_000),

	/** 10,000 recipients. */
	TIER_10K(10_000),

	/** 100,000 recipients. */
	TIER_100K(100_000),

	/** No limit. */
	UNLIMITED(Long.MAX_VALUE);

	private final long recipients;

	MessagingTier(long recipients) {
		this.recipients = recipients;
	}

	/**
	 * Returns the number of unique recipients allowed per rolling 24 hours.
	 * @return the limit, {@link Long#MAX_VALUE} when unlimited
	 */
	public long getRecipients() {
		return this.recipients;
	}

}
