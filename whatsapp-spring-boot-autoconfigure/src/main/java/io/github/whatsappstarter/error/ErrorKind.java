package io.github.whatsappstarter.error;

import java.util.Set;

/**
 * The kinds of Cloud API failure the translator distinguishes, keyed on the Graph error code
 * (see {@code cloud-api.md} §6.3). A documented code wins over the HTTP status, so a 5xx carrying
 * a code that a retry cannot fix is not a server failure; only an undocumented code falls back to
 * the HTTP status.
 */
enum ErrorKind {

	PAIR_RATE, THROUGHPUT, SPAM, API_RATE_LIMIT, MAINTENANCE, AUTHENTICATION, SERVER, CLIENT;

	/**
	 * App and account call-rate limits: 4 and 80007 from Meta's WhatsApp error codes
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes),
	 * 17, 32 and 613 from Graph's error handling guide
	 * (https://developers.facebook.com/docs/graph-api/guides/error-handling).
	 */
	private static final Set<Integer> API_RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 80007);

	private static final Set<Integer> AUTHENTICATION_CODES = Set.of(0, 10, 190);

	private static final Set<Integer> SERVER_CODES = Set.of(1, 2, 131000, 131016, 133004);

	/**
	 * Documented codes that a retry cannot fix (cloud-api.md §6.2 and §6.3).
	 */
	private static final Set<Integer> CLIENT_CODES = Set.of(3, 33, 100, 368, 130403, 130472, 131008, 131009,
			131021, 131026, 131031, 131037, 131042, 131045, 131047, 131049, 131050, 131051, 131052, 131053, 131064,
			132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069, 133000, 133005, 133006, 133008,
			133009, 133010, 133015, 133016);

	static ErrorKind of(int code, int httpStatus) {
		if (code == 131056) {
			return PAIR_RATE;
		}
		if (code == 130429) {
			return THROUGHPUT;
		}
		if (code == 131048) {
			return SPAM;
		}
		if (code == 131057) {
			return MAINTENANCE;
		}
		if (API_RATE_LIMIT_CODES.contains(code)) {
			return API_RATE_LIMIT;
		}
		if (AUTHENTICATION_CODES.contains(code) || (code >= 200 && code <= 299)) {
			return AUTHENTICATION;
		}
		if (SERVER_CODES.contains(code)) {
			return SERVER;
		}
		if (CLIENT_CODES.contains(code)) {
			return CLIENT;
		}
		return (httpStatus >= 500) ? SERVER : CLIENT;
	}

}
