package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.support.Listeners;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Tells the {@link RateLimitListener}s of a limiter about each reservation and refusal; a failing
 * listener is logged and never changes the limiter's decision.
 */
final class RateLimitListeners {

	private static final Log logger = LogFactory.getLog(BucketRateLimiter.class);

	private static final String UNCHANGED = "the limiter's decision is unchanged";

	private final List<RateLimitListener> listeners = new CopyOnWriteArrayList<>();

	void add(RateLimitListener listener) {
		Assert.notNull(listener, "listener must not be null");
		this.listeners.add(listener);
	}

	void granted(String limit, String phoneNumberId, String recipient, long nanos) {
		if (!this.listeners.isEmpty()) {
			Duration wait = Duration.ofNanos(Math.max(0, nanos));
			Listeners.callEach(logger, this.listeners,
					(listener) -> listener.onWait(limit, phoneNumberId, recipient, wait), UNCHANGED);
		}
	}

	void rejected(String limit, String phoneNumberId, String recipient, long nanos) {
		if (!this.listeners.isEmpty()) {
			Duration wait = Duration.ofNanos(Math.max(0, nanos));
			Listeners.callEach(logger, this.listeners,
					(listener) -> listener.onRejected(limit, phoneNumberId, recipient, wait), UNCHANGED);
		}
	}

}
