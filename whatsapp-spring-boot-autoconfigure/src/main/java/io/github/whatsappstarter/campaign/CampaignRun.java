package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppSendFuture;
import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.Futures;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The engine of one campaign on the node that holds its lease. Recipients are read chunk by chunk
 * from the store into a bounded window, and a recipient's messages are built when it enters the
 * window. Each dispatch takes the next recipient's next message; a recipient goes back to the end
 * of the window only when its message has ended, so messages to one recipient keep their order and
 * no recipient gets two in a row while others wait. At most {@code maxInFlight} sends are in
 * flight, and a send's slot is freed only after its outcome is written to the store: when the node
 * dies, only the sends in flight can be missing from the store, so at most {@code maxInFlight}
 * messages can go out twice after a takeover. Account-level errors pause the run; cancelling
 * withdraws every send not yet written and fails the remaining recipients.
 */
final class CampaignRun implements CampaignHandle {

	private static final Log logger = LogFactory.getLog(CampaignRun.class);

	/**
	 * What the registry learns from a run.
	 */
	interface Events {

		void paused(CampaignRun run, CampaignPause pause);

		void finished(CampaignRun run, CampaignReport report);

		void lost(CampaignRun run);

	}

	private final String id;

	private final WhatsAppOperations operations;

	private final CampaignStore store;

	private final CampaignSettings settings;

	private final ScheduledExecutorService io;

	private final @Nullable CampaignMessageFactory factory;

	private final Events events;

	private final long epoch;

	private final int window;

	private final long startNanos = System.nanoTime();

	private final AtomicInteger wip = new AtomicInteger();

	private final Set<WhatsAppSendFuture> sending = ConcurrentHashMap.newKeySet();

	private final CompletableFuture<CampaignReport> completion;

	private final Deque<ActiveRecipient> ready = new ArrayDeque<>();

	private final List<CampaignFailure> sample;

	private final Map<String, Integer> reasons;

	private final Map<Integer, ChunkProgress> baseline;

	private CampaignRecord record;

	private CampaignStatus status;

	private @Nullable CampaignPause pause;

	private int total;

	private int sent;

	private int failed;

	private final int doneAtStart;

	private int inFlight;

	private int active;

	private int pendingWrites;

	private int nextChunk;

	private boolean loading;

	private @Nullable LoadedChunk current;

	private @Nullable LoadedChunk prefetched;

	private boolean finishing;

	private boolean lost;

	private long leaseValidUntil;

	private @Nullable ScheduledFuture<?> refresher;

	/**
	 * Creates a run for a record whose lease this node holds.
	 * @param baseline the progress of every chunk as read when the lease was taken (counts only)
	 */
	CampaignRun(CampaignRecord record, WhatsAppOperations operations, CampaignStore store, CampaignSettings settings,
			ScheduledExecutorService io, @Nullable CampaignMessageFactory factory, Events events,
			Map<Integer, ChunkProgress> baseline, CompletableFuture<CampaignReport> completion) {
		this.record = record;
		this.id = record.id();
		this.epoch = record.epoch();
		this.operations = operations;
		this.store = store;
		this.settings = settings;
		this.io = io;
		this.factory = factory;
		this.events = events;
		this.completion = completion;
		this.window = settings.maxInFlight() * 2 + 16;
		this.baseline = baseline;
		this.status = record.status();
		this.pause = record.pause();
		this.total = record.total();
		this.sample = new ArrayList<>(record.failureSample());
		this.reasons = new TreeMap<>();
		for (ChunkProgress progress : baseline.values()) {
			this.sent += progress.sent;
			this.failed += progress.failed;
			progress.reasons.forEach((reason, count) -> this.reasons.merge(reason, count, Integer::sum));
		}
		this.doneAtStart = this.sent + this.failed;
		if (factory == null && this.status == CampaignStatus.RUNNING) {
			this.status = CampaignStatus.PAUSED;
			this.pause = new CampaignPause(CampaignPauseReason.MESSAGE_FACTORY_UNAVAILABLE, 0,
					"no message factory named '" + record.factoryName() + "' on this node", Instant.now());
		}
	}

	void start() {
		long ttl = this.settings.leaseTtl().toNanos();
		synchronized (this) {
			this.leaseValidUntil = System.nanoTime() + ttl / 2;
		}
		this.refresher = this.io.scheduleWithFixedDelay(this::refresh, ttl / 4, ttl / 4, TimeUnit.NANOSECONDS);
		if (this.record.requested() != null) {
			this.io.execute(this::refresh);
		}
		dispatch();
	}

	// ---- dispatching

	private void dispatch() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		do {
			List<Runnable> sends = new ArrayList<>();
			boolean load;
			synchronized (this) {
				fill(sends);
				load = shouldLoad();
				if (load) {
					this.loading = true;
				}
			}
			sends.forEach(Runnable::run);
			if (load) {
				this.io.execute(this::loadNext);
			}
			finishIfDone();
		}
		while (this.wip.decrementAndGet() != 0);
	}

	private void fill(List<Runnable> sends) {
		while (!this.lost && !this.finishing) {
			boolean cancelling = this.status == CampaignStatus.CANCELLING;
			if (this.status != CampaignStatus.RUNNING && !cancelling) {
				return;
			}
			if (!cancelling && (this.inFlight >= this.settings.maxInFlight()
					|| System.nanoTime() - this.leaseValidUntil > 0)) {
				return;
			}
			// new recipients join the end of the window, behind those waiting for their next message
			while (!cancelling && this.active < this.window) {
				ActiveRecipient joined = activateNext(false);
				if (joined == null) {
					break;
				}
				this.ready.addLast(joined);
			}
			ActiveRecipient recipient = this.ready.poll();
			if (recipient == null) {
				recipient = cancelling ? activateNext(true) : null;
				if (recipient == null) {
					return;
				}
			}
			if (cancelling) {
				failRemaining(recipient, CampaignFailure.CANCELLED, 0);
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

	private @Nullable ActiveRecipient activateNext(boolean cancelling) {
		while (true) {
			if (this.current == null || this.current.exhausted()) {
				if (this.prefetched == null) {
					return null;
				}
				this.current = this.prefetched;
				this.prefetched = null;
			}
			LoadedChunk chunk = this.current;
			int index = chunk.cursor++;
			if (chunk.progress.done[index] >= chunk.count(index)) {
				continue;
			}
			ActiveRecipient recipient = new ActiveRecipient(chunk, index);
			this.active++;
			if (cancelling) {
				return recipient;
			}
			try {
				recipient.messages = build(recipient);
				return recipient;
			}
			catch (RuntimeException ex) {
				failRemaining(recipient, String.valueOf(ex.getMessage()), 0);
			}
		}
	}

	private List<WhatsAppMessage> build(ActiveRecipient recipient) {
		CampaignMessageFactory messages = this.factory;
		if (messages == null) {
			throw new IllegalStateException("No message factory on this node");
		}
		List<WhatsAppMessage> built = List.copyOf(messages.messages(recipient.recipient));
		if (built.size() != recipient.count) {
			throw new IllegalStateException("The message factory returned " + built.size() + " messages for "
					+ WhatsAppException.mask(recipient.recipient.to()) + " where it returned " + recipient.count
					+ " when the campaign started");
		}
		return built;
	}

	private boolean shouldLoad() {
		if (this.loading || this.lost || this.prefetched != null || this.nextChunk >= this.record.chunkCount()) {
			return false;
		}
		LoadedChunk chunk = this.current;
		return chunk == null || chunk.cursor * 2 >= chunk.recipients.size();
	}

	private boolean exhausted() {
		return this.nextChunk >= this.record.chunkCount() && !this.loading && this.prefetched == null
				&& (this.current == null || this.current.exhausted());
	}

	private void send(ActiveRecipient recipient, int index, WhatsAppMessage message) {
		Instant deadline = this.record.deadline();
		if (Instant.now().isAfter(deadline)) {
			ended(recipient, null, new WhatsAppDeadlineExceededException(deadline, message.to()));
			return;
		}
		CompletableFuture<SendResult> future;
		try {
			future = this.operations.sendAsync(this.record.phoneNumberId(), message, deadline);
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
			ended(recipient, result, failure);
		});
	}

	private synchronized boolean isSending() {
		return this.status == CampaignStatus.RUNNING && !this.lost && !this.finishing;
	}

	private void ended(ActiveRecipient recipient, @Nullable SendResult result, @Nullable Throwable failure) {
		boolean withdraw = false;
		CampaignPause paused = null;
		synchronized (this) {
			if (this.lost) {
				this.inFlight--;
				return;
			}
			Throwable cause = (failure != null) ? Futures.unwrap(failure) : null;
			CampaignPauseReason pauseReason = (cause != null) ? pauseReason(cause) : null;
			if (cause == null) {
				this.sent++;
				recipient.chunk.progress.sent++;
				recipient.ended();
				persist(recipient.chunk, () -> released(recipient));
			}
			else if ((cause instanceof WhatsAppSendCancelledException && this.status != CampaignStatus.CANCELLING)
					|| pauseReason != null) {
				// withdrawn for a pause, or an account-level error: the message goes out after resume()
				if (pauseReason != null && this.status == CampaignStatus.RUNNING) {
					paused = pause(pauseReason, code(cause), String.valueOf(cause.getMessage()));
					withdraw = true;
				}
				this.inFlight--;
				this.ready.addFirst(recipient);
			}
			else {
				fail(recipient, reason(cause), code(cause), 1);
				recipient.ended();
				persist(recipient.chunk, () -> released(recipient));
			}
		}
		if (withdraw) {
			this.sending.forEach(WhatsAppSendFuture::withdraw);
		}
		if (paused != null) {
			this.events.paused(this, paused);
			this.io.execute(this::refresh);
		}
		dispatch();
	}

	private void released(ActiveRecipient recipient) {
		synchronized (this) {
			this.inFlight--;
			if (!recipient.hasNext()) {
				this.active--;
			}
			else if (this.status == CampaignStatus.CANCELLING) {
				failRemaining(recipient, CampaignFailure.CANCELLED, 0);
			}
			else {
				this.ready.addLast(recipient);
			}
		}
		dispatch();
	}

	private static @Nullable CampaignPauseReason pauseReason(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof WhatsAppException ex && ex.getCode() != 0) {
				return CampaignPauseReason.of(ex.getCode());
			}
		}
		return null;
	}

	private static int code(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof WhatsAppException ex && ex.getCode() != 0) {
				return ex.getCode();
			}
		}
		return 0;
	}

	private static String reason(Throwable cause) {
		return (cause instanceof WhatsAppDeadlineExceededException) ? CampaignFailure.DEADLINE_EXCEEDED
				: (cause instanceof WhatsAppSendCancelledException) ? CampaignFailure.CANCELLED
						: String.valueOf(cause.getMessage());
	}

	/** Fails the recipient's remaining messages; the recipient leaves the window. Holds the lock. */
	private void failRemaining(ActiveRecipient recipient, String reason, int code) {
		int remaining = recipient.count - recipient.next;
		if (remaining > 0) {
			fail(recipient, reason, code, remaining);
			recipient.next = recipient.count;
			recipient.chunk.progress.done[recipient.index] = (byte) recipient.count;
			persist(recipient.chunk, null);
		}
		this.active--;
	}

	private void fail(ActiveRecipient recipient, String reason, int code, int messages) {
		this.failed += messages;
		this.reasons.merge(reason, messages, Integer::sum);
		recipient.chunk.progress.fail(reason, messages);
		for (int i = 0; i < messages && this.sample.size() < this.settings.failureSampleSize(); i++) {
			this.sample.add(new CampaignFailure(recipient.recipient.to(), recipient.next + i, reason, code));
		}
	}

	// ---- the store

	/** Writes the chunk's progress (coalescing writes); {@code then} runs once it is written. Holds the lock. */
	private void persist(LoadedChunk chunk, @Nullable Runnable then) {
		chunk.version++;
		this.pendingWrites++;
		chunk.waiters.add(new LoadedChunk.Waiter(chunk.version, then));
		if (!chunk.writing) {
			chunk.writing = true;
			this.io.execute(() -> write(chunk));
		}
	}

	private void write(LoadedChunk chunk) {
		while (true) {
			byte[] bytes;
			byte[] expected;
			int version;
			synchronized (this) {
				if (this.lost) {
					chunk.writing = false;
					return;
				}
				bytes = chunk.progress.encode();
				expected = chunk.persisted;
				version = chunk.version;
			}
			boolean written;
			try {
				written = this.store.replaceProgress(this.id, chunk.number, expected, bytes);
			}
			catch (RuntimeException ex) {
				logger.debug("Campaign " + this.id + ": could not write chunk " + chunk.number + ", trying again", ex);
				this.io.schedule(() -> write(chunk), 200, TimeUnit.MILLISECONDS);
				return;
			}
			if (!written) {
				lose("chunk " + chunk.number + " was taken over by another node");
				return;
			}
			List<Runnable> released = new ArrayList<>();
			boolean again;
			synchronized (this) {
				chunk.persisted = bytes;
				for (Iterator<LoadedChunk.Waiter> it = chunk.waiters.iterator(); it.hasNext();) {
					LoadedChunk.Waiter waiter = it.next();
					if (waiter.version() <= version) {
						it.remove();
						this.pendingWrites--;
						if (waiter.then() != null) {
							released.add(waiter.then());
						}
					}
				}
				again = chunk.version > version;
				if (!again) {
					chunk.writing = false;
				}
			}
			released.forEach(Runnable::run);
			if (!again) {
				dispatch();
				return;
			}
		}
	}

	private void loadNext() {
		int number;
		synchronized (this) {
			number = this.nextChunk;
		}
		LoadedChunk chunk;
		try {
			chunk = load(number);
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + this.id + ": could not read chunk " + number + ", trying again", ex);
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
				// outcomes a previous owner wrote after this node read the counts
				this.sent += chunk.progress.sent - before.sent;
				this.failed += chunk.progress.failed - before.failed;
				chunk.progress.reasons.forEach((reason, count) -> this.reasons.merge(reason, count, Integer::sum));
				before.reasons.forEach((reason, count) -> this.reasons.merge(reason, -count, Integer::sum));
				this.reasons.values().removeIf((count) -> count == 0);
			}
			this.prefetched = chunk;
			this.nextChunk = number + 1;
			this.loading = false;
		}
		dispatch();
	}

	/** Reads a chunk and stamps its progress with this run's epoch; {@code null} if a newer owner did. */
	private @Nullable LoadedChunk load(int number) {
		RecipientChunk recipients = RecipientChunk.decode(this.store.chunk(this.id, number));
		while (true) {
			byte[] bytes = this.store.progress(this.id, number);
			if (bytes == null) {
				throw new IllegalStateException("Progress of chunk " + number + " is missing");
			}
			ChunkProgress progress = ChunkProgress.decode(bytes);
			if (progress.epoch > this.epoch) {
				return null;
			}
			if (progress.epoch == this.epoch) {
				return new LoadedChunk(number, recipients, progress, bytes);
			}
			progress.epoch = this.epoch;
			byte[] stamped = progress.encode();
			if (this.store.replaceProgress(this.id, number, bytes, stamped)) {
				return new LoadedChunk(number, recipients, progress, stamped);
			}
		}
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
			expected = this.record;
			next = snapshot(CampaignStatus.RUNNING, 0).withLease(expected.owner(), this.epoch,
					System.currentTimeMillis() + this.settings.leaseTtl().toMillis());
			expired = started - this.leaseValidUntil > 0;
		}
		if (expired) {
			// no sign of life for half the lease: what has not been written yet must not go out
			this.sending.forEach(WhatsAppSendFuture::withdraw);
		}
		try {
			if (this.store.replaceRecord(expected, next)) {
				synchronized (this) {
					this.record = next;
					this.leaseValidUntil = started + this.settings.leaseTtl().toNanos() / 2;
				}
				dispatch();
				return;
			}
			CampaignRecord stored = this.store.record(this.id);
			if (stored == null || stored.epoch() != this.epoch) {
				lose("another node holds the lease now");
				return;
			}
			synchronized (this) {
				this.record = stored;
			}
			apply(stored.requested());
			this.io.execute(this::refresh);
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + this.id + ": could not renew the lease", ex);
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
		return this.record.withRequested(null)
			.withState(state, this.pause, this.total, this.sent, this.failed, this.sample, this.reasons, finishedAt);
	}

	private void lose(String why) {
		synchronized (this) {
			if (this.lost) {
				return;
			}
			this.lost = true;
		}
		logger.warn("Campaign " + this.record.name() + " (" + this.id + ") stopped on this node: " + why);
		if (this.refresher != null) {
			this.refresher.cancel(false);
		}
		this.sending.forEach(WhatsAppSendFuture::withdraw);
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
		this.sending.forEach(WhatsAppSendFuture::withdraw);
		long until = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < until) {
			synchronized (this) {
				if (this.inFlight == 0 && this.pendingWrites == 0) {
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
		CampaignRecord released;
		synchronized (this) {
			this.lost = true;
			expected = this.record;
			released = snapshot(CampaignStatus.RUNNING, 0).withLease(expected.owner(), this.epoch, 0);
		}
		if (this.refresher != null) {
			this.refresher.cancel(false);
		}
		try {
			this.store.replaceRecord(expected, released);
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + this.id + ": could not release the lease; it expires by itself", ex);
		}
	}

	private void finishIfDone() {
		CampaignStatus finalStatus;
		synchronized (this) {
			if (this.finishing || this.lost || this.status.isTerminal() || this.status == CampaignStatus.PAUSED
					|| !exhausted() || !this.ready.isEmpty() || this.active > 0 || this.inFlight > 0
					|| this.pendingWrites > 0) {
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
			expected = this.record;
			done = snapshot(finalStatus, System.currentTimeMillis());
		}
		try {
			if (this.store.finish(expected, done, this.settings.retention())) {
				synchronized (this) {
					this.record = done;
					this.status = finalStatus;
				}
				if (this.refresher != null) {
					this.refresher.cancel(false);
				}
				CampaignReport report = done.toReport();
				if (this.completion.complete(report)) {
					this.events.finished(this, report);
				}
				return;
			}
			CampaignRecord stored = this.store.record(this.id);
			if (stored == null || stored.epoch() != this.epoch) {
				synchronized (this) {
					this.finishing = false;
				}
				lose("another node holds the lease now");
				return;
			}
			synchronized (this) {
				this.record = stored;
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Campaign " + this.id + ": could not write the final state, trying again", ex);
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
		this.sending.forEach(WhatsAppSendFuture::withdraw);
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
		logger.info("Campaign " + this.record.name() + " resumed");
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
			while (!this.ready.isEmpty()) {
				failRemaining(this.ready.poll(), CampaignFailure.CANCELLED, 0);
			}
		}
		// sends not yet written are withdrawn; those on the wire end with Meta's answer
		this.sending.forEach(WhatsAppSendFuture::withdraw);
		this.io.execute(this::refresh);
		dispatch();
		return true;
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String name() {
		return this.record.name();
	}

	@Override
	public synchronized CampaignProgress progress() {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos);
		int done = this.sent + this.failed - this.doneAtStart;
		double rate = (elapsed.toNanos() > 0) ? done / (elapsed.toNanos() / 1e9) : 0;
		return CampaignProgress.of(this.total, this.sent, this.failed, rate,
				Duration.ofMillis(System.currentTimeMillis() - this.record.startedAt()), this.status, this.pause);
	}

	@Override
	public synchronized List<CampaignFailure> failures() {
		return List.copyOf(this.sample);
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

	synchronized boolean isLost() {
		return this.lost;
	}

	synchronized long finishedAt() {
		return this.record.finishedAt();
	}

	synchronized boolean isDone() {
		return this.completion.isDone();
	}

	@Override
	public String toString() {
		return "Campaign " + name() + " (" + this.id + "): " + progress();
	}

}
