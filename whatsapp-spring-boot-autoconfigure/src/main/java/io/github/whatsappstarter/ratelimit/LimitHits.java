package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, since start, how often Meta answered a send with a pair limit (131056) or a throughput
 * limit (130429), as {@link RateLimiterStatus} reports them.
 */
final class LimitHits {

	private final AtomicLong pair = new AtomicLong();

	private final AtomicLong throughput = new AtomicLong();

	void pairHit() {
		this.pair.incrementAndGet();
	}

	void throughputHit() {
		this.throughput.incrementAndGet();
	}

	long pair() {
		return this.pair.get();
	}

	long throughput() {
		return this.throughput.get();
	}

}
