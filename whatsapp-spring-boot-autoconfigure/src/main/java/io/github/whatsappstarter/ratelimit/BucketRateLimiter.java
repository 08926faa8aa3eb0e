package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import io.github.bucket4j.Bucket;
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
 * <p>
 * This class holds the reservation flow only; its collaborators each do one job: {@link BucketKeys}
 * names the buckets, {@link LimiterBuckets} finds them with their {@link BucketShapes shapes},
 * {@link FailoverBuckets} switches between grid and local buckets and {@link FailoverDebts} keeps
 * the limit across a switch, {@link CooldownHolds} holds reserved slots after a 130429,
 * {@link SlotWaits} sleeps or schedules until a slot, {@link RateLimitListeners} tells the
 * listeners and {@link LimitHits} counts Meta's limit answers.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class BucketRateLimiter implements WhatsAppRateLimiter, RateLimiterStatus, AutoCloseable {

	private static final Log logger = LogFactory.getLog(BucketRateLimiter.class);

	/** Half of the 20 ms the throughput shape allows between a slot and the request's arrival. */
	private static final long LATE_WAKE_UP_NANOS = 10_000_000L;

	private final RateLimitSettings settings;

	private final ThroughputLevels levels;

	private final FailoverBuckets buckets;

	private final LimiterBuckets shapes;

	private final FailoverDebts debts;

	private final CooldownHolds cooldowns;

	private final SlotWaits waits;

	private final RateLimitListeners listeners = new RateLimitListeners();

	private final LimitHits hits = new LimitHits();

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
		this.levels = new ThroughputLevels(settings);
		this.buckets = new FailoverBuckets(store, settings.recoveryInterval(), this::debitLocalUse);
		this.shapes = new LimiterBuckets(settings, this.levels, this.buckets);
		this.debts = new FailoverDebts(this.levels, this.shapes);
		this.cooldowns = new CooldownHolds(settings.throughputCooldown());
		this.waits = new SlotWaits(scheduler, ownsScheduler);
		try {
			store.onCooldown(this.cooldowns::hold);
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
			this.waits.sleep(pairWait);
		}
		catch (RuntimeException ex) {
			giveBackPair(phoneNumberId, recipient);
			throw ex;
		}
		this.waits.sleep(reserveThroughput(phoneNumberId, recipient, start));
	}

	@Override
	public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		long start = System.nanoTime();
		try {
			this.waits.schedule(reservePair(phoneNumberId, recipient, start), () -> {
				try {
					this.waits.schedule(reserveThroughput(phoneNumberId, recipient, start),
							() -> result.complete(null));
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
				EstimationProbe probe = this.shapes.pair(store, share, phoneNumberId, recipient)
					.estimateAbilityToConsume(1);
				return probe.canBeConsumed() ? 0L : probe.getNanosToWaitForRefill();
			});
			long maxWait = this.settings.maxWait().toNanos();
			if (wait > maxWait) {
				this.listeners.rejected("pair", phoneNumberId, recipient, wait);
				throw new RateLimitWaitExceededException("pair", phoneNumberId, recipient, Duration.ofNanos(wait),
						this.settings.maxWait());
			}
			this.listeners.granted("pair", phoneNumberId, recipient, wait);
			this.waits.schedule(wait, () -> result.complete(null));
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
		return result;
	}

	@Override
	public CompletableFuture<Void> acquireThroughputAsync(String phoneNumberId, String recipient) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		reserveThroughputSlot(phoneNumberId, recipient, result, false);
		return result;
	}

	private void reserveThroughputSlot(String phoneNumberId, String recipient, CompletableFuture<Void> result,
			boolean late) {
		try {
			long epoch = this.buckets.epoch();
			long wait = reserve("throughput", phoneNumberId, recipient, System.nanoTime(), true);
			long due = System.nanoTime() + wait;
			this.waits.schedule(wait, () -> {
				long pause = this.cooldowns.remainingNanos(phoneNumberId);
				if (pause > 0) {
					// Meta answered 130429 after this slot was reserved: the cool-down holds reserved slots too
					this.waits.schedule(pause, () -> reserveThroughputSlot(phoneNumberId, recipient, result, late));
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
	 * The recovery hook of {@link FailoverBuckets}, which only runs after construction.
	 */
	private void debitLocalUse(BucketStore primary, Set<String> localKeys) {
		this.debts.debitLocalUse(primary, localKeys);
	}

	@Override
	public boolean tryAcquirePair(String phoneNumberId, String recipient) {
		return this.buckets
			.call((store, share) -> this.shapes.pair(store, share, phoneNumberId, recipient).tryConsume(1));
	}

	@Override
	public void onPairRateLimited(String phoneNumberId, String recipient) {
		this.hits.pairHit();
		this.buckets.call((store, share) -> this.shapes.pair(store, share, phoneNumberId, recipient)
			.tryConsumeAsMuchAsPossible());
	}

	@Override
	public void onThroughputLimited(String phoneNumberId) {
		this.hits.throughputHit();
		if (!this.cooldowns.start(phoneNumberId)) {
			return;
		}
		Duration cooldown = this.settings.throughputCooldown();
		int limit = this.levels.limit(phoneNumberId);
		this.buckets.call((store, share) -> {
			Bucket bucket = this.shapes.throughput(store, share, phoneNumberId);
			// bring the shared bucket to one cool-down of debt, not one more per node that saw the 130429
			long missing = bucket.getAvailableTokens() + BucketShapes.tokensPer(cooldown, limit / share);
			long debt = (missing > 0) ? bucket.consumeIgnoringRateLimits(missing) : 0L;
			// the other nodes' slots reserved before it wait out the cool-down too
			store.publishCooldown(phoneNumberId, cooldown);
			return debt;
		});
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
				throughput ? this.shapes.throughput(store, share, phoneNumberId)
						: this.shapes.pair(store, share, phoneNumberId, recipient),
				(maxWait == 0) ? 0 : budget));
		if (!reservation.granted()) {
			this.listeners.rejected(limit, phoneNumberId, recipient, reservation.nanos());
			throw new RateLimitWaitExceededException(limit, phoneNumberId, recipient,
					Duration.ofNanos(reservation.nanos()), this.settings.maxWait());
		}
		this.listeners.granted(limit, phoneNumberId, recipient, reservation.nanos());
		return reservation.nanos();
	}

	private void giveBackPair(String phoneNumberId, String recipient) {
		try {
			this.buckets.call((store, share) -> {
				this.shapes.pair(store, share, phoneNumberId, recipient).addTokens(1);
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
		this.levels.set(phoneNumberId, messagesPerSecond);
		int limit = this.levels.limit(phoneNumberId);
		this.buckets.call((store, share) -> {
			this.shapes.throughput(store, share, phoneNumberId)
				.replaceConfiguration(BucketShapes.throughput(limit, share), TokensInheritanceStrategy.PROPORTIONALLY);
			return null;
		});
	}

	/**
	 * Returns the messages per second the limiter grants a number now, after the safety margin.
	 * @param phoneNumberId the business phone number id
	 * @return the effective limit
	 */
	public int getEffectiveMessagesPerSecond(String phoneNumberId) {
		return this.levels.limit(phoneNumberId);
	}

	/**
	 * Adds a listener told about every reservation and refusal. The auto-configuration adds every
	 * {@link RateLimitListener} bean.
	 * @param listener the listener
	 */
	public void addListener(RateLimitListener listener) {
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
		return this.buckets
			.call((store, share) -> this.shapes.throughput(store, share, phoneNumberId).getAvailableTokens());
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
		return this.waits.waiting();
	}

	@Override
	public long getPairRateLimitedCount() {
		return this.hits.pair();
	}

	@Override
	public long getThroughputLimitedCount() {
		return this.hits.throughput();
	}

	@Override
	public void close() {
		this.buckets.close();
		this.waits.close();
	}

}
