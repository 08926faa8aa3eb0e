package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.support.BoundedGridCalls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs bucket operations on the primary store and, when it fails or does not answer within the
 * store's {@link BucketStore#requestTimeout() request timeout} (grid timeout, frozen or lost
 * member, client disconnected), on a node-local store holding this node's share of the limits
 * ({@code limit ÷ nodes last seen}). A grid call runs on a small pool and the caller waits at most
 * the timeout, so a frozen member stalls a caller for that long once, not for Hazelcast's call
 * timeout. While degraded no caller touches the grid: once per {@code recoveryInterval} one
 * operation is repeated on the grid in the background (one probe at a time, and none while an
 * earlier grid call is still stuck); when it answers in time the {@code recovery} hook runs on the
 * grid and callers return to it. Each switch starts a new {@link #epoch()}, and a fresh local store
 * per degraded period.
 */
final class FailoverBuckets implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(FailoverBuckets.class);

	private final BucketStore primary;

	private final long timeoutNanos;

	private final long recoveryNanos;

	private final BiConsumer<BucketStore, Set<String>> recovery;

	private final @Nullable BoundedGridCalls gridCalls;

	private final AtomicBoolean probing = new AtomicBoolean();

	private volatile LocalBucketStore fallback = new LocalBucketStore();

	private final Set<String> startedInPeriod = ConcurrentHashMap.newKeySet();

	private volatile LimiterState state = LimiterState.OK;

	private volatile int share = 1;

	private volatile long nextProbe;

	private volatile long epoch;

	FailoverBuckets(BucketStore primary, Duration recoveryInterval, BiConsumer<BucketStore, Set<String>> recovery) {
		this.primary = primary;
		this.timeoutNanos = primary.requestTimeout().toNanos();
		this.recoveryNanos = recoveryInterval.toNanos();
		this.recovery = recovery;
		this.gridCalls = (this.timeoutNanos > 0) ? new BoundedGridCalls(primary.requestTimeout(), "rate-limit grid")
				: null;
	}

	/**
	 * Applies an operation to a store, passing the share divisor that store's buckets use.
	 */
	<T> T call(BiFunction<BucketStore, Integer, T> operation) {
		if (this.primary instanceof LocalBucketStore) {
			return operation.apply(this.primary, 1);
		}
		if (this.state == LimiterState.OK) {
			try {
				return onGrid(operation);
			}
			catch (WhatsAppException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				degrade(ex);
			}
		}
		else {
			probeIfDue(operation);
		}
		return operation.apply(this.fallback, this.share);
	}

	private <T> T onGrid(BiFunction<BucketStore, Integer, T> operation) {
		if (this.gridCalls == null) {
			return operation.apply(this.primary, 1);
		}
		return this.gridCalls.call(() -> operation.apply(this.primary, 1));
	}

	private <T> void probeIfDue(BiFunction<BucketStore, Integer, T> operation) {
		if (System.nanoTime() - this.nextProbe < 0 || !this.probing.compareAndSet(false, true)) {
			return;
		}
		this.nextProbe = System.nanoTime() + this.recoveryNanos;
		LocalBucketStore used = this.fallback;
		Runnable probe = () -> {
			long start = System.nanoTime();
			try {
				// the same operation again on the grid: stricter than needed while both count it, never looser
				operation.apply(this.primary, 1);
				if (this.timeoutNanos <= 0 || System.nanoTime() - start <= this.timeoutNanos) {
					this.recovery.accept(this.primary, used.keys());
					recovered();
				}
			}
			catch (RuntimeException ex) {
				// still down; the next probe is due after the recovery interval
			}
			finally {
				this.probing.set(false);
			}
		};
		try {
			if (this.gridCalls != null) {
				this.gridCalls.runInBackground(probe);
			}
			else {
				probe.run();
			}
		}
		catch (RuntimeException ex) {
			this.probing.set(false);
		}
	}

	private synchronized void degrade(RuntimeException ex) {
		this.nextProbe = System.nanoTime() + this.recoveryNanos;
		if (this.state == LimiterState.OK) {
			this.share = Math.max(1, this.primary.nodes());
			this.fallback = new LocalBucketStore();
			this.startedInPeriod.clear();
			this.epoch++;
			this.state = LimiterState.DEGRADED;
			logger.warn("Rate-limit backend " + this.primary.name() + " failed (" + ex.getMessage()
					+ "); limiting this node to 1/" + this.share + " of the limits until it recovers");
		}
	}

	private synchronized void recovered() {
		if (this.state == LimiterState.DEGRADED) {
			this.epoch++;
			this.state = LimiterState.OK;
			logger.info("Rate-limit backend " + this.primary.name() + " answers again");
		}
	}

	/**
	 * Tells whether a key is used for the first time in this degraded period (a local bucket that
	 * was swept because it was full and is created again is not a first use).
	 */
	boolean firstUseInPeriod(String key) {
		return this.startedInPeriod.add(key);
	}

	/**
	 * Tells whether a store is this node's fallback (as opposed to the shared primary).
	 */
	boolean isFallback(BucketStore store) {
		return store != this.primary;
	}

	/**
	 * Returns a number that changes whenever the limiter switches between grid and local buckets:
	 * a slot reserved in one epoch must be taken again if it comes due in another.
	 */
	long epoch() {
		return this.epoch;
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

	@Override
	public void close() {
		if (this.gridCalls != null) {
			this.gridCalls.close();
		}
	}

}
