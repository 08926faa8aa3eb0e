package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * A run's lease on its campaign record: this node's copy of the record, renewed every quarter of
 * {@code lease-ttl} by a compare-and-set that also writes the run's state, so only the holder of
 * the current epoch can change it. The run may send only while the lease is valid: until half the
 * ttl after the last renewal, which leaves the other half as margin before a survivor may take the
 * campaign over. Its state is guarded by the run ({@code lock}); the writes are not.
 */
final class CampaignLease {

	private static final Log logger = LogFactory.getLog(CampaignLease.class);

	/**
	 * How a write of the record went.
	 */
	enum Write {

		/** The record is the one written. */
		WRITTEN,

		/** Someone changed the record in this epoch (a request); the copy is the stored one now. */
		CHANGED,

		/** Another node holds the lease now. */
		LOST

	}

	private final CampaignStore store;

	private final ScheduledExecutorService io;

	private final Duration ttl;

	private final Object lock;

	private final String id;

	private final long epoch;

	private CampaignRecord record;

	private long validUntil;

	private volatile long expiresAtMillis;

	private @Nullable ScheduledFuture<?> renewals;

	CampaignLease(CampaignRecord record, CampaignStore store, ScheduledExecutorService io, Duration ttl, Object lock) {
		this.record = record;
		this.expiresAtMillis = record.leaseExpiresAt();
		this.id = record.id();
		this.epoch = record.epoch();
		this.store = store;
		this.io = io;
		this.ttl = ttl;
		this.lock = lock;
	}

	/** Starts the clock and renews the lease by running {@code renew} every quarter ttl. */
	void start(Runnable renew) {
		long ttlNanos = this.ttl.toNanos();
		synchronized (this.lock) {
			this.validUntil = System.nanoTime() + ttlNanos / 2;
		}
		this.renewals = this.io.scheduleWithFixedDelay(renew, ttlNanos / 4, ttlNanos / 4, TimeUnit.NANOSECONDS);
	}

	/** Stops renewing. */
	void stop() {
		ScheduledFuture<?> scheduled = this.renewals;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

	long epoch() {
		return this.epoch;
	}

	/** This node's copy of the record. Holds the lock. */
	CampaignRecord record() {
		return this.record;
	}

	/**
	 * Whether the run may send at {@code nanoTime}: within half the ttl of the last renewal, and
	 * before the lease's expiry by the wall clock (see {@link #sendBy()}). Holds the lock.
	 */
	boolean isValid(long nanoTime) {
		return nanoTime - this.validUntil <= 0 && System.currentTimeMillis() < this.expiresAtMillis;
	}

	/**
	 * The latest time a request of this run may be written: the lease's expiry as written in the
	 * record, which is what a survivor compares with its clock before it takes the campaign over.
	 * Given to each send as its deadline, it fences the writes of a node that was frozen past its
	 * lease: the send pipeline checks it at the slot, just before the request is written.
	 */
	Instant sendBy() {
		return Instant.ofEpochMilli(this.expiresAtMillis);
	}

	/** The record with the run's state, as a renewal writes it. */
	CampaignRecord renewal(CampaignRecord state) {
		return state.withLease(state.owner(), this.epoch, System.currentTimeMillis() + this.ttl.toMillis());
	}

	/**
	 * Renews the lease with the run's state.
	 * @param started when the renewal started ({@link System#nanoTime()}): valid for half the ttl from then
	 */
	Write renew(CampaignRecord expected, CampaignRecord next, long started) {
		if (this.store.replaceRecord(expected, next)) {
			synchronized (this.lock) {
				this.record = next;
				this.validUntil = started + this.ttl.toNanos() / 2;
				this.expiresAtMillis = next.leaseExpiresAt();
			}
			return Write.WRITTEN;
		}
		return reread();
	}

	/** Writes the final record (kept for {@code retention}) and removes the chunks. */
	Write finish(CampaignRecord expected, CampaignRecord done, Duration retention) {
		if (this.store.finish(expected, done, retention)) {
			synchronized (this.lock) {
				this.record = done;
			}
			return Write.WRITTEN;
		}
		return reread();
	}

	/** Gives the lease up at once (expiry 0), so that another node takes over without waiting. */
	void release(CampaignRecord expected, CampaignRecord state) {
		stop();
		try {
			this.store.replaceRecord(expected, state.withLease(expected.owner(), this.epoch, 0));
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + this.id + ": could not release the lease; it expires by itself", ex);
		}
	}

	private Write reread() {
		CampaignRecord stored = this.store.record(this.id);
		if (stored == null || stored.epoch() != this.epoch) {
			return Write.LOST;
		}
		synchronized (this.lock) {
			this.record = stored;
		}
		return Write.CHANGED;
	}

}
