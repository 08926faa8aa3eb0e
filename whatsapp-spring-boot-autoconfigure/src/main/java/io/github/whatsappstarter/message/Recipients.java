package io.github.whatsappstarter.message;

import java.util.regex.Pattern;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Tells the two kinds of recipient apart and checks each by its own rule: a phone number (E.164,
 * optional '+', sent as {@code to}) or a business-scoped user id (BSUID, sent as {@code recipient}).
 * A BSUID is "a two-letter ISO country code, a period, and up to 128 alphanumeric characters"
 * ({@code US.13491208655302741918}); a parent BSUID has {@code ENT.} after the country code
 * ({@code US.ENT.11815799212886844830}). Format and the {@code recipient} send field from Meta's
 * business-scoped user IDs page
 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class Recipients {

	private static final Pattern E164 = Pattern.compile(
			"\\+?[0-9]{" + MessageLimits.RECIPIENT_MIN_DIGITS + "," + MessageLimits.RECIPIENT_MAX_DIGITS + "}");

	private static final Pattern BSUID = Pattern
		.compile("[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1," + MessageLimits.BSUID_MAX_LENGTH + "}");

	private Recipients() {
	}

	/**
	 * Whether a recipient is written as a business-scoped user id rather than a phone number: it
	 * holds a period, which every BSUID has and no phone number does. Anything else, also text with
	 * letters, is checked (and refused) as a phone number, under the field name {@code to}.
	 * @param recipient the recipient as given
	 * @return {@code true} for a (possibly malformed) BSUID
	 */
	public static boolean isBusinessScopedUserId(@Nullable String recipient) {
		return recipient != null && recipient.indexOf('.') >= 0;
	}

	/**
	 * Returns the key that identifies the recipient to the rate limiter and the bundler: a phone
	 * number without its '+', a BSUID unchanged (never stripped to digits).
	 * @param recipient a checked recipient
	 * @return the key
	 */
	public static String key(String recipient) {
		if (isBusinessScopedUserId(recipient)) {
			return recipient;
		}
		return recipient.startsWith("+") ? recipient.substring(1) : recipient;
	}

	static String check(@Nullable String to) {
		if (to == null) {
			throw new WhatsAppValidationException("to", "must not be null");
		}
		String trimmed = to.trim();
		if (trimmed.isEmpty()) {
			throw new WhatsAppValidationException("to", "must not be empty");
		}
		if (isBusinessScopedUserId(trimmed)) {
			if (!BSUID.matcher(trimmed).matches()) {
				throw new WhatsAppValidationException("recipient",
						"must be a business-scoped user id: a two-letter country code in capitals, '.', an optional "
								+ "'ENT.' and 1 to " + MessageLimits.BSUID_MAX_LENGTH + " letters or digits");
			}
			return trimmed;
		}
		if (!E164.matcher(trimmed).matches()) {
			throw new WhatsAppValidationException("to", "must be an E.164 number: an optional '+' and "
					+ MessageLimits.RECIPIENT_MIN_DIGITS + " to " + MessageLimits.RECIPIENT_MAX_DIGITS + " digits");
		}
		return trimmed;
	}

}
