package io.github.whatsappstarter.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * Names the limiter's buckets: {@code throughput:{phoneNumberId}} for a number's throughput and
 * {@code pair:{phoneNumberId}:{recipient}} for a conversation's pair limit, the same names on
 * every node so that a grid holds one bucket per key cluster-wide.
 */
final class BucketKeys {

	private static final String THROUGHPUT_PREFIX = "throughput:";

	private static final String PAIR_PREFIX = "pair:";

	private BucketKeys() {
	}

	static String throughput(String phoneNumberId) {
		return THROUGHPUT_PREFIX + phoneNumberId;
	}

	static String pair(String phoneNumberId, String recipient) {
		return PAIR_PREFIX + phoneNumberId + ":" + recipient;
	}

	/**
	 * Returns the phone number id of a throughput key, {@code null} for any other key.
	 */
	static @Nullable String throughputNumber(String key) {
		return key.startsWith(THROUGHPUT_PREFIX) ? key.substring(THROUGHPUT_PREFIX.length()) : null;
	}

}
