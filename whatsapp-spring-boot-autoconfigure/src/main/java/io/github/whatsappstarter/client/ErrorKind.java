package io.github.whatsappstarter.client;

import java.util.Set;

/**
 * The kinds of Cloud API failure the translator distinguishes, keyed on the Graph error code
 * (see {@code cloud-api.md} §6.3).
 */
enum ErrorKind {

	PAIR_RATE, THROUGHPUT, SPAM, RATE_LIMITED, AUTHENTICATION, SERVER, CLIENT;

	private static final Set<Integer> RATE_LIMITED_CODES = Set.of(4, 80007);

	private static final Set<Integer> AUTHENTICATION_CODES = Set.of(0, 10, 190);

	private static final Set<Integer> SERVER_CODES = Set.of(1, 2, 131000, 131016, 131057, 133004);

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
		if (RATE_LIMITED_CODES.contains(code)) {
			return RATE_LIMITED;
		}
		if (AUTHENTICATION_CODES.contains(code) || (code >= 200 && code <= 299)) {
			return AUTHENTICATION;
		}
		if (SERVER_CODES.contains(code) || httpStatus >= 500) {
			return SERVER;
		}
		return CLIENT;
	}

}
