package io.github.whatsappstarter.test.simulator;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limits of one phone-number id, checked and committed atomically: pair bucket first, then the
 * sliding throughput window, then the optional messaging-limit tier. A rejected request consumes nothing.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class NumberLimiter {

	static final int ACCEPTED = 0;

	private final ArrayDeque<Long> window = new ArrayDeque<>();

	private final Map<String, PairBucket> pairs = new HashMap<>();

	private final LinkedHashMap<String, Long> tierRecipients = new LinkedHashMap<>();

	/**
	 * Try to admit one request.
	 * @param settings the current limits
	 * @param recipient the recipient's digits, or null when no pair applies (mark-as-read)
	 * @param template whether the message is business-initiated (counts toward the tier)
	 * @param tierErrorCode the code answered when the tier is used up
	 * @return the decision, timed inside the lock so that recorded times match the limiter's view
	 */
	synchronized Admission admit(Limits.Settings settings, String recipient, boolean template, int tierErrorCode) {
		long now = System.nanoTime();
		PairBucket pair = null;
		if (recipient != null) {
			pair = this.pairs.computeIfAbsent(recipient, (key) -> new PairBucket(settings.pairBurst(), now));
			if (!pair.available(settings, now)) {
				return new Admission(131056, now);
			}
		}
		while (!this.window.isEmpty() && now - this.window.peekFirst() >= settings.throughputWindowNanos()) {
			this.window.pollFirst();
		}
		if (this.window.size() >= settings.throughput()) {
			return new Admission(130429, now);
		}
		boolean countsForTier = template && recipient != null && settings.tier() > 0;
		if (countsForTier) {
			this.tierRecipients.values().removeIf((time) -> now - time >= settings.tierWindowNanos());
			if (!this.tierRecipients.containsKey(recipient) && this.tierRecipients.size() >= settings.tier()) {
				return new Admission(tierErrorCode, now);
			}
		}
		if (pair != null) {
			pair.take();
		}
		this.window.addLast(now);
		if (countsForTier) {
			this.tierRecipients.put(recipient, now);
		}
		return new Admission(ACCEPTED, now);
	}

	record Admission(int code, long nanoTime) {
	}

	/**
	 * Token bucket of one (number, recipient) pair.
	 */
	private static final class PairBucket {

		private double tokens;

		private long last;

		PairBucket(int burst, long now) {
			this.tokens = burst;
			this.last = now;
		}

		boolean available(Limits.Settings settings, long now) {
			double refill = (double) (now - this.last) / settings.pairIntervalNanos();
			this.tokens = Math.min(settings.pairBurst(), this.tokens + refill);
			this.last = now;
			return this.tokens >= 1.0 - 1e-9;
		}

		void take() {
			this.tokens -= 1.0;
		}

	}

}
