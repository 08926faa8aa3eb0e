package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.whatsappstarter.client.WhatsAppException;

/**
 * Runs bucket operations on the primary store and, when it throws (grid timeout, member gone,
 * client disconnected), on a node-local store holding this node's share of the limits
 * ({@code limit ÷ nodes last seen}). While degraded, the primary is tried again once per
 * {@code recoveryInterval} on the next call; the first success returns to it.
 */
final class FailoverBuckets {

	private static final Log logger = LogFactory.getLog(FailoverBuckets.class);

	private final BucketStore primary;

	private final BucketStore fallback;

	private final long recoveryNanos;

	private volatile LimiterState state = LimiterState.OK;

	private volatile int share = 1;

	private volatile long nextProbe;

	FailoverBuckets(BucketStore primary, Duration recoveryInterval) {
		this.primary = primary;
		this.fallback = (primary instanceof LocalBucketStore) ? primary : new LocalBucketStore();
		this.recoveryNanos = recoveryInterval.toNanos();
	}

	/**
	 * Applies an operation to a store, passing the share divisor that store's buckets use.
	 */
	<T> T call(BiFunction<BucketStore, Integer, T> operation) {
		if (this.primary == this.fallback) {
			return operation.apply(this.primary, 1);
		}
		if (this.state == LimiterState.OK || System.nanoTime() - this.nextProbe >= 0) {
			try {
				T result = operation.apply(this.primary, 1);
				recovered();
				return result;
			}
			catch (WhatsAppException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				degrade(ex);
			}
		}
		return operation.apply(this.fallback, this.share);
	}

	private synchronized void degrade(RuntimeException ex) {
		this.nextProbe = System.nanoTime() + this.recoveryNanos;
		if (this.state == LimiterState.OK) {
			this.share = Math.max(1, this.primary.nodes());
			this.state = LimiterState.DEGRADED;
			logger.warn("Rate-limit backend " + this.primary.name() + " failed (" + ex.getClass().getSimpleName()
					+ "); limiting this node to 1/" + this.share + " of the limits until it recovers");
		}
	}

	private void recovered() {
		if (this.state == LimiterState.DEGRADED) {
			synchronized (this) {
				if (this.state == LimiterState.DEGRADED) {
					this.state = LimiterState.OK;
					logger.info("Rate-limit backend " + this.primary.name() + " answers again");
				}
			}
		}
	}

	LimiterState state() {
		return this.state;
	}

	String backend() {
		return this.primary.name();
	}

	int nodes() {
		return this.primary.nodes();
	}

}
