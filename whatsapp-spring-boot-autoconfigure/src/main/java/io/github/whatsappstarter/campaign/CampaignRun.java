package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppSendFuture;
import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The engine of one campaign on the node that holds its lease: it dispatches sends and keeps the
 * campaign's state, and leaves each other job to a collaborator guarded by its lock: the
 * {@link SendWindow} (which recipient goes next), the {@link ChunkReader} and
 * {@link ChunkProgressWriter} (chunks in and progress out), the {@link CampaignLease}, the
 * {@link CampaignTally} (counts) and {@link SendOutcome} (the circuit breaker).
 * <p>
 * Each dispatch takes the next recipient's next message; a recipient goes back to the end of the
 * window only when its message has ended, so messages to one recipient keep their order and no
 * recipient gets two in a row while others wait. At most {@code maxInFlight} sends are in flight,
 * and a send's slot is freed only after its outcome is written to the store: when the node dies,
 * only the sends in flight can be missing from the store, so at most {@code maxInFlight} messages
 * can go out twice after a takeover. Account-level errors pause the run; cancelling withdraws every
 * send not yet written and fails the remaining recipients.
 */
final class CampaignRun extends AbstractCampaignHandle
		implements SendWindow.Dropper, ChunkProgressWriter.Owner {

	private static final Log logger = LogFactory.getLog(CampaignRun.class);

	/**
	 * What the registry learns from a run.
	 */
	interface Events {

		void paused(CampaignRun run, CampaignPause pause);

		void finished(CampaignRun run, CampaignReport report);

		void lost(CampaignRun run);

	}

	private final WhatsAppOperations operations;

	private final String phoneNumberId;

	private final Instant deadline;

	private final CampaignSettings settings;

	private final ScheduledExecutorService io;

	private final @Nullable CampaignMessageFactory factory;

	private final Events events;

	private final AtomicInteger wip = new AtomicInteger();

	private final Set<WhatsAppSendFuture> sending = ConcurrentHashMap.newKeySet();

	private final CompletableFuture<CampaignReport> completion;

	private final Map<Integer, ChunkProgress> baseline;

	private final CampaignLease lease;

	private final CampaignTally tally;

	private final SendWindow window;

	private final ChunkReader reader;

	private final ChunkProgressWriter writer;

	private CampaignStatus status;

	private @Nullable CampaignPause pause;

	private int inFlight;

	private boolean finishing;

	private boolean lost;

	/**
	 * Creates a run for a record whose lease this node holds.
	 * @param baseline the progress of every chunk as read when the lease was taken (counts only)
	 */
	CampaignRun(CampaignRecord record, WhatsAppOperations operations, CampaignStore store, CampaignSettings settings,
			ScheduledExecutorService io, @Nullable CampaignMessageFactory factory, Events events,
			Map<Integer, ChunkProgress> baseline, CompletableFuture<CampaignReport> completion) {
		super(record);
		this.operations = operations;
		this.phoneNumberId = record.phoneNumberId();
		this.deadline = record.deadline();
		this.settings = settings;
		this.io = io;
		this.factory = factory;
		this.events = events;
		this.completion = completion;
		this.baseline = baseline;
		this.lease = new CampaignLease(record, store, io, settings.leaseTtl(), this);
		this.tally = new CampaignTally(record, baseline, settings.failureSampleSize());
		this.window = new SendWindow(settings.maxInFlight() * 2 + 16, record.chunkCount(), factory, this);
		this.reader = new ChunkReader(record.id(), record.epoch(), store);
		this.writer = new ChunkProgressWriter(record.id(), store, io, this, this);
		this.status = record.status();
		this.pause = record.pause();
		if (factory == null && this.status == CampaignStatus.RUNNING) {
			this.status = CampaignStatus.PAUSED;
			this.pause = new CampaignPause(CampaignPauseReason.MESSAGE_FACTORY_UNAVAILABLE, 0,
					"no message factory named '" + record.factoryName() + "' on this node", Instant.now());
		}
	}

	void start() {
		this.lease.start(this::refresh);
		if (this.lease.record().requested() != null) {
			this.io.execute(this::refresh);
		}
		dispatch();
	}

	// ---- dispatching

	@Override
	public void dispatch() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		do {
			List<Runnable> sends = new ArrayList<>();
			int load = -1;
			synchronized (this) {
				fill(sends);
				if (!this.lost) {
					load = this.window.startLoading();
				}
			}
			sends.forEach(Runnable::run);
			if (load >= 0) {
				this.io.execute(this::loadNext);
			}
			finishIfDone();
		}
		while (this.wip.decrementAndGet() != 0);
	}

	/** Takes the next messages to send while slots are free. Holds the lock. */
	private void fill(List<Runnable> sends) {
		while (!this.lost && !this.finishing) {
			boolean cancelling = this.status == CampaignStatus.CANCELLING;
			if (this.status != CampaignStatus.RUNNING && !cancelling) {
				return;
			}
			if (!cancelling && (this.inFlight >= this.settings.maxInFlight()
					|| !this.lease.isValid(System.nanoTime()))) {
				return;
			}
			if (!cancelling) {
				this.window.fill();
			}
			ActiveRecipient recipient = this.window.poll();
			if (recipient == null) {
				recipient = cancelling ? this.window.activateNext(true) : null;
				if (recipient == null) {
					return;
				}
			}
			if (cancelling) {
				drop(recipient, CampaignFailure.CANCELLED, 0);
				continue;
			}
			List<WhatsAppMessage> messages = recipient.messages;
			if (messages == null) {
				continue;
			}
			ActiveRecipient to = recipient;
			int index = recipient.next;
			WhatsAppMessage message = messages.get(index);
			this.inFlight++;
			sends.add(() -> send(to, index, message));
		}
	}

	private void send(ActiveRecipient recipient, int index, WhatsAppMessage message) {
		Instant deadline = this.deadline;
		if (Instant.now().isAfter(deadline)) {
			ended(recipient, new WhatsAppDeadlineExceededException(deadline, message.to()));
			return;
		}
		// not after the lease's expiry either: a node frozen past it must not write once it wakes
		Instant leaseEnd = this.lease.sendBy();
		Instant sendBy = leaseEnd.isBefore(deadline) ? leaseEnd : deadline;
		CompletableFuture<SendResult> future;
		try {
			future = this.operations.sendAsync(this.phoneNumberId, message, sendBy);
		}
		catch (RuntimeException ex) {
			future = CompletableFuture.failedFuture(ex);
		}
		if (future instanceof WhatsAppSendFuture withdrawable) {
			this.sending.add(withdrawable);
			if (!isSending()) {
				withdrawable.withdraw();
			}
		}
		CompletableFuture<SendResult> sent = future;
		future.whenComplete((result, failure) -> {
			this.sending.remove(sent);
			ended(recipient, failure);
		});
	}

	private synchronized boolean isSending() {
		return this.status == CampaignStatus.RUNNING && !this.lost && !this.finishing;
	}

	/** Withdraws every send whose request was not written yet. */
	private void withdrawAll() {
		this.sending.forEach(WhatsAppSendFuture::withdraw);
	}

	private void ended(ActiveRecipient recipient, @Nullable Throwable failure) {
		CampaignPause paused = null;
		synchronized (this) {
			if (this.lost) {
				this.inFlight--;
				return;
			}
			SendOutcome outcome = SendOutcome.of(failure, this.status == CampaignStatus.CANCELLING, this.deadline);
			switch (outcome.kind()) {
				case SENT -> {
					this.tally.sent(recipient);
					recipient.ended();
					this.writer.persist(recipient.chunk, () -> released(recipient));
				}
				case REQUEUED -> {
					// withdrawn for a pause, fenced by the lease, or an account-level error: sent later
					CampaignPauseReason reason = outcome.pauseReason();
					if (reason != null && this.status == CampaignStatus.RUNNING) {
						paused = pause(reason, outcome.code(), outcome.detail());
					}
					this.inFlight--;
					this.window.requeue(recipient);
				}
				case FAILED -> {
					this.tally.failed(recipient, outcome.reason(), outcome.code(), 1);
					recipient.ended();
					this.writer.persist(recipient.chunk, () -> released(recipient));
				}
			}
		}
		if (paused != null) {
			withdrawAll();
			this.events.paused(this, paused);
			this.io.execute(this::refresh);
		}
		dispatch();
	}

	/** The outcome of a recipient's message is written: its slot is free. */
	private void released(ActiveRecipient recipient) {
		synchronized (this) {
			this.inFlight--;
			if (!recipient.hasNext()) {
				this.window.left();
			}
			else if (this.status == CampaignStatus.CANCELLING) {
				drop(recipient, CampaignFailure.CANCELLED, 0);
			}
			else {
				this.window.next(recipient);
			}
		}
		dispatch();
	}

	/** Fails the recipient's remaining messages; the recipient leaves the window. Holds the lock. */
	@Override
	public void drop(ActiveRecipient recipient, String reason, int code) {
		int remaining = recipient.count - recipient.next;
		if (remaining > 0) {
			this.tally.failed(recipient, reason, code, remaining);
			recipient.next = recipient.count;
			recipient.chunk.progress.done[recipient.index] = (byte) recipient.count;
			this.writer.persist(recipient.chunk, null);
		}
		this.window.left();
	}

	// ---- reading chunks

	private void loadNext() {
		int number;
		synchronized (this) {
			number = this.window.loadingChunk();
		}
		LoadedChunk chunk;
		try {
			chunk = this.reader.read(number);
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + id() + ": could not read chunk " + number + ", trying again", ex);
			this.io.schedule(this::loadNext, 200, TimeUnit.MILLISECONDS);
			return;
		}
		if (chunk == null) {
			lose("chunk " + number + " was taken over by another node");
			return;
		}
		synchronized (this) {
			ChunkProgress before = this.baseline.remove(number);
			if (before != null) {
				this.tally.reconcile(before, chunk.progress);
			}
			this.window.loaded(chunk);
		}
		dispatch();
	}

	// ---- lease and state

	private void refresh() {
		CampaignRecord expected;
		CampaignRecord next;
		boolean expired;
		long started = System.nanoTime();
		synchronized (this) {
			if (this.lost || this.finishing) {
				return;
			}
			expected = this.lease.record();
			next = this.lease.renewal(snapshot(CampaignStatus.RUNNING, 0));
			expired = !this.lease.isValid(started);
		}
		if (expired) {
			// no sign of life for half the lease: what has not been written yet must not go out
			withdrawAll();
		}
		try {
			switch (this.lease.renew(expected, next, started)) {
				case WRITTEN -> dispatch();
				case LOST -> lose("another node holds the lease now");
				case CHANGED -> {
					CampaignStatus requested;
					synchronized (this) {
						requested = this.lease.record().requested();
					}
					apply(requested);
					this.io.execute(this::refresh);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + id() + ": could not renew the lease", ex);
		}
	}

	private void apply(@Nullable CampaignStatus requested) {
		if (requested == CampaignStatus.CANCELLED) {
			cancel();
		}
		else if (requested == CampaignStatus.RUNNING) {
			resume();
		}
		else if (requested == CampaignStatus.PAUSED) {
			pause();
		}
	}

	/** The record as it stands now (status as given when finished, otherwise the run's). Holds the lock. */
	private CampaignRecord snapshot(CampaignStatus finalStatus, long finishedAt) {
		CampaignStatus state = (finishedAt > 0) ? finalStatus : this.status;
		return this.tally.applyTo(this.lease.record(), state, this.pause, finishedAt);
	}

	@Override
	public void lose(String why) {
		synchronized (this) {
			if (this.lost) {
				return;
			}
			this.lost = true;
		}
		logger.warn("Campaign " + name() + " (" + id() + ") stopped on this node: " + why);
		this.lease.stop();
		withdrawAll();
		this.events.lost(this);
	}

	/**
	 * Stops sending and gives the lease up at once, so another node takes the campaign over without
	 * waiting for the lease to expire (a graceful shutdown).
	 */
	void handOver(Duration wait) {
		synchronized (this) {
			if (this.lost || this.finishing) {
				return;
			}
			this.finishing = true;
		}
		withdrawAll();
		long until = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < until) {
			synchronized (this) {
				if (this.inFlight == 0 && this.writer.pending() == 0) {
					break;
				}
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		CampaignRecord expected;
		CampaignRecord state;
		synchronized (this) {
			this.lost = true;
			expected = this.lease.record();
			state = snapshot(CampaignStatus.RUNNING, 0);
		}
		this.lease.release(expected, state);
	}

	private void finishIfDone() {
		CampaignStatus finalStatus;
		synchronized (this) {
			if (this.finishing || this.lost || this.status.isTerminal() || this.status == CampaignStatus.PAUSED
					|| !this.window.drained() || this.inFlight > 0 || this.writer.pending() > 0) {
				return;
			}
			this.finishing = true;
			finalStatus = (this.status == CampaignStatus.CANCELLING) ? CampaignStatus.CANCELLED
					: CampaignStatus.COMPLETED;
		}
		this.io.execute(() -> writeFinal(finalStatus));
	}

	private void writeFinal(CampaignStatus finalStatus) {
		CampaignRecord expected;
		CampaignRecord done;
		synchronized (this) {
			expected = this.lease.record();
			done = snapshot(finalStatus, System.currentTimeMillis());
		}
		try {
			switch (this.lease.finish(expected, done, this.settings.retention())) {
				case WRITTEN -> {
					synchronized (this) {
						this.status = finalStatus;
					}
					this.lease.stop();
					CampaignReport report = done.toReport();
					if (this.completion.complete(report)) {
						this.events.finished(this, report);
					}
					return;
				}
				case LOST -> {
					synchronized (this) {
						this.finishing = false;
					}
					lose("another node holds the lease now");
					return;
				}
				case CHANGED -> {
					// a request landed meanwhile: written again with the stored record as expected value
				}
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + id() + ": could not write the final state, trying again", ex);
		}
		this.io.schedule(() -> writeFinal(finalStatus), 200, TimeUnit.MILLISECONDS);
	}

	/** Pauses a running campaign. Holds the lock. */
	private @Nullable CampaignPause pause(CampaignPauseReason reason, int code, String detail) {
		if (this.status != CampaignStatus.RUNNING) {
			return null;
		}
		this.status = CampaignStatus.PAUSED;
		this.pause = new CampaignPause(reason, code, detail, Instant.now());
		return this.pause;
	}

	// ---- the handle

	@Override
	public boolean pause() {
		CampaignPause paused;
		synchronized (this) {
			paused = pause(CampaignPauseReason.REQUESTED, 0, "paused on request");
		}
		if (paused == null) {
			return false;
		}
		withdrawAll();
		this.events.paused(this, paused);
		this.io.execute(this::refresh);
		return true;
	}

	@Override
	public boolean resume() {
		synchronized (this) {
			if (this.status != CampaignStatus.PAUSED || this.factory == null) {
				return false;
			}
			this.status = CampaignStatus.RUNNING;
			this.pause = null;
		}
		logger.info("Campaign " + name() + " resumed");
		this.io.execute(this::refresh);
		dispatch();
		return true;
	}

	@Override
	public boolean cancel() {
		synchronized (this) {
			if (this.status.isTerminal() || this.status == CampaignStatus.CANCELLING || this.finishing || this.lost) {
				return false;
			}
			this.status = CampaignStatus.CANCELLING;
			this.pause = null;
			this.window.dropReady(CampaignFailure.CANCELLED);
		}
		// sends not yet written are withdrawn; those on the wire end with Meta's answer
		withdrawAll();
		this.io.execute(this::refresh);
		dispatch();
		return true;
	}

	@Override
	public synchronized CampaignProgress progress() {
		return this.tally.progress(this.lease.record().startedAt(), this.status, this.pause);
	}

	@Override
	public synchronized List<CampaignFailure> failures() {
		return this.tally.failures();
	}

	@Override
	public synchronized boolean isCancelled() {
		return this.status == CampaignStatus.CANCELLING || this.status == CampaignStatus.CANCELLED;
	}

	@Override
	public synchronized CampaignStatus status() {
		return this.status;
	}

	@Override
	public CompletableFuture<CampaignReport> completion() {
		return this.completion;
	}

	@Override
	public synchronized boolean isLost() {
		return this.lost;
	}

	synchronized long finishedAt() {
		return this.lease.record().finishedAt();
	}

	synchronized boolean isDone() {
		return this.completion.isDone();
	}

}
