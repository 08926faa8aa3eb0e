package io.github.whatsappstarter.actuate;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.RateLimitListener;

import org.springframework.util.Assert;

/**
 * Tracks which (phone number, recipient) pairs pressed hardest on the pair limit recently: waits
 * for a pair slot, refusals, and 131056 answers from Meta. Each pair counts within a window that
 * starts at its first event; older pairs are forgotten. Memory is bounded by {@code maxPairs}.
 * Recipients are masked to their last four digits when reported.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class PairPressureTracker implements RateLimitListener, WhatsAppSendListener {

	private final long windowNanos;

	private final int maxPairs;

	private final Map<Key, Pressure> pairs = new ConcurrentHashMap<>();

	/**
	 * Creates a tracker.
	 * @param window how long a pair's counts are kept
	 * @param maxPairs most pairs tracked at once
	 */
	public PairPressureTracker(Duration window, int maxPairs) {
		Assert.isTrue(window != null && !window.isNegative() && !window.isZero(), "window must be positive");
		Assert.isTrue(maxPairs > 0, "maxPairs must be positive");
		this.windowNanos = window.toNanos();
		this.maxPairs = maxPairs;
	}

	@Override
	public void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
		if ("pair".equals(limit) && wait.toNanos() > 0) {
			record(phoneNumberId, recipient, wait.toNanos(), 0, 0);
		}
	}

	@Override
	public void onRejected(String limit, String phoneNumberId, String recipient, Duration requiredWait) {
		if ("pair".equals(limit)) {
			record(phoneNumberId, recipient, 0, 1, 0);
		}
	}

	@Override
	public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
			Duration duration) {
		if (exception instanceof PairRateLimitException) {
			record(phoneNumberId, message.recipientKey(), 0, 0, 1);
		}
	}

	/**
	 * Returns the pairs under most pressure: most 131056 answers first, then refusals, then the
	 * longest total wait.
	 * @param limit how many pairs to return
	 * @return the pairs, recipients masked
	 */
	public List<PairPressure> top(int limit) {
		long now = System.nanoTime();
		return this.pairs.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().expired(now, this.windowNanos))
			.map((entry) -> entry.getValue().snapshot(entry.getKey().phoneNumberId(), entry.getKey().recipient()))
			.sorted(Comparator.comparingLong(PairPressure::metaRejections)
				.thenComparingLong(PairPressure::rejections)
				.thenComparingLong(PairPressure::totalWaitMillis)
				.reversed())
			.limit(limit)
			.toList();
	}

	private void record(String phoneNumberId, String recipient, long waitNanos, int rejections, int metaRejections) {
		long now = System.nanoTime();
		Key key = new Key(phoneNumberId, recipient);
		if (!this.pairs.containsKey(key) && this.pairs.size() >= this.maxPairs) {
			this.pairs.values().removeIf((pressure) -> pressure.expired(now, this.windowNanos));
			if (this.pairs.size() >= this.maxPairs) {
				return;
			}
		}
		this.pairs.computeIfAbsent(key, (k) -> new Pressure(now)).add(now, this.windowNanos, waitNanos, rejections,
				metaRejections);
	}

	private record Key(String phoneNumberId, String recipient) {
	}

	private static final class Pressure {

		private long windowStart;

		private long waits;

		private long waitNanos;

		private long rejections;

		private long metaRejections;

		Pressure(long now) {
			this.windowStart = now;
		}

		synchronized void add(long now, long windowNanos, long waitNanos, int rejections, int metaRejections) {
			if (expired(now, windowNanos)) {
				this.windowStart = now;
				this.waits = 0;
				this.waitNanos = 0;
				this.rejections = 0;
				this.metaRejections = 0;
			}
			if (waitNanos > 0) {
				this.waits++;
				this.waitNanos += waitNanos;
			}
			this.rejections += rejections;
			this.metaRejections += metaRejections;
		}

		synchronized boolean expired(long now, long windowNanos) {
			return now - this.windowStart > windowNanos;
		}

		synchronized PairPressure snapshot(String phoneNumberId, String recipient) {
			return new PairPressure(phoneNumberId, WhatsAppException.mask(recipient), this.waits,
					this.waitNanos / 1_000_000, this.rejections, this.metaRejections);
		}

	}

}
