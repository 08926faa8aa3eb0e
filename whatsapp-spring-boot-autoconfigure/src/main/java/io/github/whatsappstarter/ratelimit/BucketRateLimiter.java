package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.whatsappstarter.error.WhatsAppRateLimitedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppRateLimiter} on Bucket4j buckets: each permit reserves a pair slot
 * ({@code pair:{phoneNumberId}:{recipient}}), waits for it, then reserves a throughput slot
 * ({@code throughput:{phoneNumberId}}) and waits for that. A reservation is only made when its wait
 * fits in what is left of {@code maxWait}; otherwise {@link RateLimitWaitExceededException} is
 * thrown, no token is spent, and a pair slot already taken is given back. Synchronous callers sleep
 * until their slot; asynchronous ones are scheduled on a shared executor (the reservations
 * themselves are grid calls of ~0.1 ms, bounded by the store's request timeout). Grid failures
 * switch to a node-local share of the limits (see {@link FailoverBuckets}). A caller interrupted
 * while waiting for its pair slot gets a {@link WhatsAppRateLimitedException} and the slot back.
 * <p>
 * The template's send pipeline uses the split form instead: {@link #awaitPairAsync} waits until
 * the pair has room without taking it, {@link #acquireThroughputAsync} reserves the throughput slot
 * and completes at it, and {@link #tryAcquirePair} takes the pair slot at that moment, so both
 * buckets record the instant the request is written.
 * <p>
 * The 131056 / 130429 counters of {@link RateLimiterStatus} count since start.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class BucketRateLimiter implements WhatsAppRateLimiter, RateLimiterStatus, AutoCloseable {

	private static final Log logger = LogFactory.getLog(BucketRateLimiter.class);


	private static final String THROUGHPUT_PREFIX = "throughput:";

	/** Half of the 20 ms the throughput shape allows between a slot and the request's arrival. */
	private static final long LATE_WAKE_UP_NANOS = 10_000_000L;

	private final FailoverBuckets buckets;

	private final Set<String> configured = ConcurrentHashMap.newKeySet();

	private final RateLimitSettings settings;

	private final ScheduledExecutorService scheduler;

	private final boolean ownsScheduler;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicLong pairHits = new AtomicLong();

	private final AtomicLong throughputHits = new AtomicLong();

	private final Map<String, Integer> levels = new ConcurrentHashMap<>();

	private final Map<String, Long> lastCooldown = new ConcurrentHashMap<>();

	private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();

	private final List<RateLimitListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * Creates a limiter with its own single-thread scheduler for async permits, shut down by
	 * {@link #close()}.
	 * @param store where the buckets live
	 * @param settings the limits
	 */
	public BucketRateLimiter(BucketStore store, RateLimitSettings settings) {
		this(store, settings, RateLimitScheduler.create(), true);
	}

	/**
	 * Creates a limiter that schedules async permits on the given executor.
	 * @param store where the buckets live
	 * @param settings the limits
	 * @param scheduler the executor for async permits, not shut down by this limiter
	 */
	public BucketRateLimiter(BucketStore store, RateLimitSettings settings, ScheduledExecutorService scheduler) {
		this(store, settings, scheduler, false);
	}

	private BucketRateLimiter(BucketStore store, RateLimitSettings settings, ScheduledExecutorService scheduler,
			boolean ownsScheduler) {
		Assert.notNull(store, "store must not be null");
		Assert.notNull(settings, "settings must not be null");
		Assert.notNull(scheduler, "scheduler must not be null");
		this.settings = settings;
		this.buckets = new FailoverBuckets(store, settings.recoveryInterval(), this::debitLocalUse);
		this.scheduler = scheduler;
		this.ownsScheduler = ownsScheduler;
		try {
			store.onCooldown(this::holdReservedSlots);
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot subscribe to the cool-downs of other nodes; a 130429 will hold only this node's "
					+ "reserved slots: " + ex);
		}
	}

	@Override
	public void acquire(String phoneNumberId, String recipient) {
		long start = System.nanoTime();
		long pairWait = reservePair(phoneNumberId, recipient, start);
		try {
			sleep(pairWait);
		}
		catch (RuntimeException ex) {
			giveBackPair(phoneNumberId, recipient);
			throw ex;
		}
		sleep(reserveThroughput(phoneNumberId, recipient, start));
	}

	@Override
	public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		long start = System.nanoTime();
		try {
			schedule(reservePair(phoneNumberId, recipient, start), () -> {
				try {
					schedule(reserveThroughput(phoneNumberId, recipient, start), () -> result.complete(null));
				}
				catch (RuntimeException ex) {
					result.completeExceptionally(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
		return result;
	}

	@Override
	public CompletableFuture<Void> awaitPairAsync(String phoneNumberId, String recipient) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		try {
			long wait = this.buckets.call((store, share) -> {
				EstimationProbe probe = pairBucket(store, share, phoneNumberId, recipient).estimateAbilityToConsume(1);
				return probe.canBeConsumed() ? 0L : probe.getNanosToWaitForRefill();
			});
			long maxWait = this.settings.maxWait().toNanos();
			if (wait > maxWait) {
				notifyListeners(false, "pair", phoneNumberId, recipient, wait);
				throw new RateLimitWaitExceededException("pair", phoneNumberId, recipient, Duration.ofNanos(wait),
						this.settings.maxWait());
			}
			notifyListeners(true, "pair", phoneNumberId, recipient, wait);
			schedule(wait, () -> result.complete(null));
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
		return result;
	}

	@Override
	public CompletableFuture<Void> acquireThroughputAsync(String phoneNumberId, String recipient) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		reserveThroughputSlot(phoneNumberId, recipient, result);
		return result;
	}

	private void reserveThroughputSlot(String phoneNumberId, String recipient, CompletableFuture<Void> result) {
		reserveThroughputSlot(phoneNumberId, recipient, result, false);
	}

	private void reserveThroughputSlot(String phoneNumberId, String recipient, CompletableFuture<Void> result,
			boolean late) {
		try {
			long epoch = this.buckets.epoch();
			long wait = reserve("throughput", phoneNumberId, recipient, System.nanoTime(), true);
			long due = System.nanoTime() + wait;
			schedule(wait, () -> {
				long pause = pausedFor(phoneNumberId);
				if (pause > 0) {
					// Meta answered 130429 after this slot was reserved: the cool-down holds reserved slots too
					schedule(pause, () -> reserveThroughputSlot(phoneNumberId, recipient, result, late));
				}
				else if (this.buckets.epoch() != epoch) {
					// reserved on the grid and due after a fall-back (or the reverse): take a slot where we are now
					reserveThroughputSlot(phoneNumberId, recipient, result, late);
				}
				else if (!late && System.nanoTime() - due > LATE_WAKE_UP_NANOS) {
					// woken long after the slot (a starved machine): sent now, it would bunch with the next ones
					reserveThroughputSlot(phoneNumberId, recipient, result, true);
				}
				else {
					result.complete(null);
				}
			});
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
	}

	/**
	 * Runs on the grid when it answers again, before callers return to it: the grid has not seen
	 * this node's local grants of the last refill period, so its throughput buckets take them as
	 * debt (a whole period's share, the most this node can have granted), keeping every sliding
	 * second across the switch within the limit.
	 */
	private void debitLocalUse(BucketStore primary, Set<String> localKeys) {
		int share = Math.max(1, primary.nodes());
		for (String key : localKeys) {
			if (key.startsWith(THROUGHPUT_PREFIX)) {
				String phoneNumberId = key.substring(THROUGHPUT_PREFIX.length());
				int limit = limit(phoneNumberId);
				throughputBucket(primary, 1, phoneNumberId)
					.consumeIgnoringRateLimits(BucketShapes.tokensPer(BucketShapes.PERIOD, Math.max(1, limit / share)));
			}
		}
	}

	@Override
	public boolean tryAcquirePair(String phoneNumberId, String recipient) {
		return this.buckets.call((store, share) -> pairBucket(store, share, phoneNumberId, recipient).tryConsume(1));
	}

	@Override
	public void onPairRateLimited(String phoneNumberId, String recipient) {
		this.pairHits.incrementAndGet();
		this.buckets.call((store, share) -> pairBucket(store, share, phoneNumberId, recipient)
			.tryConsumeAsMuchAsPossible());
	}

	@Override
	public void onThroughputLimited(String phoneNumberId) {
		this.throughputHits.incrementAndGet();
		Duration cooldown = this.settings.throughputCooldown();
		long now = System.nanoTime();
		Long previous = this.lastCooldown.get(phoneNumberId);
		if (cooldown.isZero() || (previous != null && now - previous < cooldown.toNanos())) {
			return;
		}
		this.lastCooldown.put(phoneNumberId, now);
		this.pausedUntil.put(phoneNumberId, now + cooldown.toNanos());
		int limit = limit(phoneNumberId);
		this.buckets.call((store, share) -> {
			Bucket bucket = throughputBucket(store, share, phoneNumberId);
			// bring the shared bucket to one cool-down of debt, not one more per node that saw the 130429
			long missing = bucket.getAvailableTokens() + BucketShapes.tokensPer(cooldown, limit / share);
			long debt = (missing > 0) ? bucket.consumeIgnoringRateLimits(missing) : 0L;
			// the other nodes' slots reserved before it wait out the cool-down too
			store.publishCooldown(phoneNumberId, cooldown);
			return debt;
		});
	}

	/**
	 * Receives a cool-down that a node (this one included) published after a 130429: slots already
	 * reserved on this node that come due during it wait until it is over and take a new slot.
	 */
	private void holdReservedSlots(String phoneNumberId, Duration cooldown) {
		this.pausedUntil.merge(phoneNumberId, System.nanoTime() + cooldown.toNanos(), Math::max);
	}

	/**
	 * Returns how long a number's cool-down after a 130429 still lasts on this node, 0 if none.
	 */
	private long pausedFor(String phoneNumberId) {
		Long until = this.pausedUntil.get(phoneNumberId);
		return (until != null) ? Math.max(0, until - System.nanoTime()) : 0;
	}

	private long reservePair(String phoneNumberId, String recipient, long start) {
		return reserve("pair", phoneNumberId, recipient, start, false);
	}

	private long reserveThroughput(String phoneNumberId, String recipient, long start) {
		try {
			return reserve("throughput", phoneNumberId, recipient, start, true);
		}
		catch (RuntimeException ex) {
			giveBackPair(phoneNumberId, recipient);
			throw ex;
		}
	}

	private long reserve(String limit, String phoneNumberId, String recipient, long start, boolean throughput) {
		long maxWait = this.settings.maxWait().toNanos();
		long budget = Math.max(0, maxWait - (System.nanoTime() - start));
		Reservation reservation = this.buckets.call((store, share) -> Reservation.attempt(
				throughput ? throughputBucket(store, share, phoneNumberId)
						: pairBucket(store, share, phoneNumberId, recipient),
				(maxWait == 0) ? 0 : budget));
		if (!reservation.granted()) {
			notifyListeners(false, limit, phoneNumberId, recipient, reservation.nanos());
			throw new RateLimitWaitExceededException(limit, phoneNumberId, recipient,
					Duration.ofNanos(reservation.nanos()), this.settings.maxWait());
		}
		notifyListeners(true, limit, phoneNumberId, recipient, reservation.nanos());
		return reservation.nanos();
	}

	private void notifyListeners(boolean granted, String limit, String phoneNumberId, String recipient, long nanos) {
		if (this.listeners.isEmpty()) {
			return;
		}
		Duration wait = Duration.ofNanos(Math.max(0, nanos));
		for (RateLimitListener listener : this.listeners) {
			try {
				if (granted) {
					listener.onWait(limit, phoneNumberId, recipient, wait);
				}
				else {
					listener.onRejected(limit, phoneNumberId, recipient, wait);
				}
			}
			catch (RuntimeException ex) {
				// a listener must not change the limiter's decision
			}
		}
	}

	private void giveBackPair(String phoneNumberId, String recipient) {
		try {
			this.buckets.call((store, share) -> {
				pairBucket(store, share, phoneNumberId, recipient).addTokens(1);
				return null;
			});
		}
		catch (RuntimeException ex) {
			// best effort: the slot is lost, which only makes the pair limit stricter
		}
	}

	/**
	 * Changes a number's throughput level at runtime, e.g. after Meta upgraded it to 1,000/s. The
	 * configuration of the number's bucket is replaced where it lives, so with Hazelcast the grid's
	 * bucket (shared by every node) takes the new rate; its tokens are kept in proportion.
	 * @param phoneNumberId the business phone number id
	 * @param messagesPerSecond Meta's new level, before the safety margin
	 */
	public void setThroughputLevel(String phoneNumberId, int messagesPerSecond) {
		Assert.isTrue(messagesPerSecond > 0, "messagesPerSecond must be positive");
		this.levels.put(phoneNumberId, messagesPerSecond);
		int limit = limit(phoneNumberId);
		this.buckets.call((store, share) -> {
			throughputBucket(store, share, phoneNumberId).replaceConfiguration(BucketShapes.throughput(limit, share),
					TokensInheritanceStrategy.PROPORTIONALLY);
			return null;
		});
	}

	/**
	 * Returns the messages per second the limiter grants a number now, after the safety margin.
	 * @param phoneNumberId the business phone number id
	 * @return the effective limit
	 */
	public int getEffectiveMessagesPerSecond(String phoneNumberId) {
		return limit(phoneNumberId);
	}

	private int limit(String phoneNumberId) {
		Integer level = this.levels.get(phoneNumberId);
		return (level != null) ? this.settings.effectiveMessagesPerSecond(level)
				: this.settings.effectiveMessagesPerSecond(phoneNumberId);
	}

	private Bucket pairBucket(BucketStore store, int share, String phoneNumberId, String recipient) {
		return store.bucket("pair:" + phoneNumberId + ":" + recipient, () -> BucketShapes.pair(this.settings, share));
	}

	private Bucket throughputBucket(BucketStore store, int share, String phoneNumberId) {
		int limit = limit(phoneNumberId);
		Supplier<BucketConfiguration> shape = () -> BucketShapes.throughput(limit, share);
		if (!this.buckets.isFallback(store)) {
			Bucket shared = store.bucket(THROUGHPUT_PREFIX + phoneNumberId, shape);
			if (this.configured.add(phoneNumberId)) {
				// a busy shared bucket keeps the configuration of the node that created it; on a rolling
				// deploy the node started last brings the new limit, so it takes over the bucket's shape
				shared.replaceConfiguration(shape.get(), TokensInheritanceStrategy.PROPORTIONALLY);
			}
			return shared;
		}
		// a node that just fell back starts one refill period in debt: the grid's grants of the last
		// second are still in the window, and the local share must not add to them
		String key = THROUGHPUT_PREFIX + phoneNumberId;
		long debt = BucketShapes.tokensPer(BucketShapes.PERIOD, Math.max(1, limit / share));
		return store.bucket(key, shape, (bucket) -> {
			if (this.buckets.firstUseInPeriod(key)) {
				bucket.consumeIgnoringRateLimits(debt);
			}
		});
	}

	private void sleep(long nanos) {
		if (nanos <= 0) {
			return;
		}
		this.waiting.incrementAndGet();
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WhatsAppRateLimitedException("Interrupted while waiting for a rate-limit slot", null, 0, null,
					ex);
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	private void schedule(long nanos, Runnable task) {
		if (nanos <= 0) {
			task.run();
			return;
		}
		this.waiting.incrementAndGet();
		this.scheduler.schedule(() -> {
			this.waiting.decrementAndGet();
			task.run();
		}, nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * Adds a listener told about every reservation and refusal.
	 * @param listener the listener
	 */
	public void addListener(RateLimitListener listener) {
		Assert.notNull(listener, "listener must not be null");
		this.listeners.add(listener);
	}

	/**
	 * Returns the limits this limiter enforces.
	 * @return the settings
	 */
	public RateLimitSettings getSettings() {
		return this.settings;
	}

	/**
	 * Returns how many throughput tokens a number has left right now (one cheap bucket read,
	 * a grid call on Hazelcast).
	 * @param phoneNumberId the business phone number id
	 * @return the available tokens, negative while callers hold reservations ahead
	 */
	public long getAvailableThroughputTokens(String phoneNumberId) {
		return this.buckets.call((store, share) -> throughputBucket(store, share, phoneNumberId).getAvailableTokens());
	}

	@Override
	public LimiterState getState() {
		return this.buckets.state();
	}

	@Override
	public String getBackend() {
		return this.buckets.backend();
	}

	@Override
	public int getMemberCount() {
		return this.buckets.nodes();
	}

	@Override
	public int getWaitingCallers() {
		return this.waiting.get();
	}

	@Override
	public long getPairRateLimitedCount() {
		return this.pairHits.get();
	}

	@Override
	public long getThroughputLimitedCount() {
		return this.throughputHits.get();
	}

	@Override
	public void close() {
		this.buckets.close();
		if (this.ownsScheduler) {
			this.scheduler.shutdownNow();
		}
	}

}
