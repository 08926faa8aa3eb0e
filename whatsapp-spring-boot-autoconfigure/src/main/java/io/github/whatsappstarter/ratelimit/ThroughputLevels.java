package io.github.whatsappstarter.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows each number's throughput limit after the safety margin: the configured one, or the level
 * set at runtime (e.g. after Meta upgraded the number to 1,000/s).
 */
final class ThroughputLevels {

	private final RateLimitSettings settings;

	private final Map<String, Integer> levels = new ConcurrentHashMap<>();

	ThroughputLevels(RateLimitSettings settings) {
		this.settings = settings;
	}

	void set(String phoneNumberId, int messagesPerSecond) {
		this.levels.put(phoneNumberId, messagesPerSecond);
	}

	int limit(String phoneNumberId) {
		Integer level = this.levels.get(phoneNumberId);
		return (level != null) ? this.settings.effectiveMessagesPerSecond(level)
				: this.settings.effectiveMessagesPerSecond(phoneNumberId);
	}

}
