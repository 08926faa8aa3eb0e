package io.github.whatsappstarter.campaign;

import io.github.whatsappstarter.error.SpamRateLimitException;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppException;
import org.jspecify.annotations.Nullable;

/**
 * Why a campaign paused. The Cloud API errors listed here concern the whole account or number, not
 * one recipient: every further send would fail the same way, so the campaign pauses instead of
 * failing every remaining recipient.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public enum CampaignPauseReason {

	/** The access token was rejected (190, 0, 10, 200–299): renew {@code whatsapp.access-token}. */
	ACCESS_TOKEN,

	/** The account is locked (131031). */
	ACCOUNT_LOCKED,

	/** Meta's spam rate limit (131048): the number's quality is too low to send more now. */
	SPAM_LIMIT,

	/** Blocked for a policy violation (368). */
	POLICY_BLOCK,

	/** The account has a payment problem (131042). */
	PAYMENT,

	/** The node running the campaign has no message factory of that name. */
	MESSAGE_FACTORY_UNAVAILABLE,

	/** Paused by {@link CampaignHandle#pause()}. */
	REQUESTED;

	/**
	 * Returns the pause reason of a failure, or {@code null} when it concerns one message or
	 * recipient only. The token and spam cases follow the translator's exception types, so the codes
	 * that mean them are written once, in package {@code error}.
	 * @param failure the typed failure
	 * @return the reason, or {@code null}
	 */
	public static @Nullable CampaignPauseReason of(WhatsAppException failure) {
		if (failure instanceof WhatsAppAuthenticationException) {
			return ACCESS_TOKEN;
		}
		if (failure instanceof SpamRateLimitException) {
			return SPAM_LIMIT;
		}
		return switch (failure.getCode()) {
			case 131031 -> ACCOUNT_LOCKED;
			case 368 -> POLICY_BLOCK;
			case 131042 -> PAYMENT;
			default -> null;
		};
	}

}
