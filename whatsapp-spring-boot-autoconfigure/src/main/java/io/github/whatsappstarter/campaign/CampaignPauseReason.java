package io.github.whatsappstarter.campaign;

import java.util.Set;

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

	private static final Set<Integer> AUTHENTICATION_CODES = Set.of(0, 10, 190);

	/**
	 * Returns the pause reason of a Graph error code, or {@code null} when the code concerns one
	 * message or recipient only.
	 * @param code the Graph error code
	 * @return the reason, or {@code null}
	 */
	public static @Nullable CampaignPauseReason of(int code) {
		if (AUTHENTICATION_CODES.contains(code) || (code >= 200 && code <= 299)) {
			return ACCESS_TOKEN;
		}
		return switch (code) {
			case 131031 -> ACCOUNT_LOCKED;
			case 131048 -> SPAM_LIMIT;
			case 368 -> POLICY_BLOCK;
			case 131042 -> PAYMENT;
			default -> null;
		};
	}

}
