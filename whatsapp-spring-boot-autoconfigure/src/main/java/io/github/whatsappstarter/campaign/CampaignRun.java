package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppSendFuture;
import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.Futures;
import org.jspecify.annotations.Nullable;

/**
 * The engine of one campaign. Recipients wait in a FIFO queue; each dispatch takes the next
 * recipient's next message, and a recipient goes back to the end of the queue only when its
 * message has finished, so messages to one recipient keep their order and no recipient gets two in
 * a row while others wait. At most {@code maxInFlight} sends are in flight; the template's limiter
 * paces them at the throughput and pair limits without parking threads. Cancelling withdraws every
 * send whose request was not written yet; only those already on the wire can still go out.
 */
final class CampaignRun implements CampaignHandle {

	private final String id;

	private final String name;

	private final WhatsAppOperations operations;

	private final String phoneNumberId;

	private final Instant deadline;

	private final int maxInFlight;

	private final int total;

	private final Deque<RecipientQueue> ready;

	private final List<CampaignFailure> failures = Collections.synchronizedList(new ArrayList<>());

	private final CompletableFuture<CampaignReport> completion = new CompletableFuture<>();

	private final Consumer<CampaignRun> onFinish;

	private final AtomicInteger wip = new AtomicInteger();

	private final Set<WhatsAppSendFuture> sending = ConcurrentHashMap.newKeySet();

	private final long startNanos = System.nanoTime();

	private int sent;

	private int failed;

	private int inFlight;

	private boolean cancelled;

	CampaignRun(String id, String name, WhatsAppOperations operations, String phoneNumberId,
			List<RecipientQueue> recipients, List<CampaignFailure> buildFailures, Instant deadline, int maxInFlight,
			Consumer<CampaignRun> onFinish) {
		this.id = id;
		this.name = name;
		this.operations = operations;
		this.phoneNumberId = phoneNumberId;
		this.deadline = deadline;
		this.maxInFlight = maxInFlight;
		this.onFinish = onFinish;
		this.ready = new ArrayDeque<>(recipients.stream().filter(RecipientQueue::hasNext).toList());
		this.failures.addAll(buildFailures);
		this.failed = buildFailures.size();
		this.total = recipients.stream().mapToInt(RecipientQueue::size).sum() + buildFailures.size();
	}

	void start() {
		dispatch();
		finishIfDone();
	}

	private void dispatch() {
		if (this.wip.getAndIncrement() != 0) {
			return;
		}
		do {
			List<Runnable> sends = new ArrayList<>();
			synchronized (this) {
				while (!this.cancelled && this.inFlight < this.maxInFlight && !this.ready.isEmpty()) {
					RecipientQueue queue = this.ready.poll();
					int index = queue.nextIndex();
					WhatsAppMessage message = queue.take();
					this.inFlight++;
					sends.add(() -> send(queue, index, message));
				}
			}
			sends.forEach(Runnable::run);
		}
		while (this.wip.decrementAndGet() != 0);
	}

	private void send(RecipientQueue queue, int index, WhatsAppMessage message) {
		if (Instant.now().isAfter(this.deadline)) {
			finished(queue, index, null, new WhatsAppDeadlineExceededException(this.deadline, message.to()));
			return;
		}
		CompletableFuture<SendResult> future;
		try {
			future = this.operations.sendAsync(this.phoneNumberId, message, this.deadline);
		}
		catch (RuntimeException ex) {
			future = CompletableFuture.failedFuture(ex);
		}
		if (future instanceof WhatsAppSendFuture withdrawable) {
			this.sending.add(withdrawable);
			if (isCancelled()) {
				withdrawable.withdraw();
			}
		}
		CompletableFuture<SendResult> sent = future;
		future.whenComplete((result, failure) -> {
			this.sending.remove(sent);
			finished(queue, index, result, failure);
		});
	}

	private void finished(RecipientQueue queue, int index, @Nullable SendResult result, @Nullable Throwable failure) {
		synchronized (this) {
			this.inFlight--;
			if (failure == null) {
				this.sent++;
			}
			else {
				fail(queue.recipient, index, failure);
			}
			if (queue.hasNext()) {
				if (this.cancelled) {
					failRemaining(queue);
				}
				else {
					this.ready.addLast(queue);
				}
			}
		}
		dispatch();
		finishIfDone();
	}

	private void fail(String recipient, int index, Throwable failure) {
		Throwable cause = Futures.unwrap(failure);
		String reason = (cause instanceof WhatsAppDeadlineExceededException) ? CampaignFailure.DEADLINE_EXCEEDED
				: (cause instanceof WhatsAppSendCancelledException) ? CampaignFailure.CANCELLED
						: String.valueOf(cause.getMessage());
		int code = (cause instanceof WhatsAppException ex) ? ex.getCode() : 0;
		this.failed++;
		this.failures.add(new CampaignFailure(recipient, index, reason, code));
	}

	private void failRemaining(RecipientQueue queue) {
		while (queue.hasNext()) {
			int index = queue.nextIndex();
			queue.take();
			this.failed++;
			this.failures.add(new CampaignFailure(queue.recipient, index, CampaignFailure.CANCELLED, 0));
		}
	}

	@Override
	public boolean cancel() {
		synchronized (this) {
			if (this.cancelled || this.completion.isDone()) {
				return false;
			}
			this.cancelled = true;
			this.ready.forEach(this::failRemaining);
			this.ready.clear();
		}
		// sends not yet written are withdrawn; those on the wire end with Meta's answer
		this.sending.forEach(WhatsAppSendFuture::withdraw);
		finishIfDone();
		return true;
	}

	private void finishIfDone() {
		CampaignReport report;
		synchronized (this) {
			if (this.sent + this.failed < this.total || this.completion.isDone()) {
				return;
			}
			report = new CampaignReport(this.id, this.name, this.total, this.sent, this.failed, this.cancelled,
					elapsed(), failures());
		}
		if (this.completion.complete(report)) {
			this.onFinish.accept(this);
		}
	}

	private Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

	@Override
	public String id() {
		return this.id;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public synchronized CampaignProgress progress() {
		Duration elapsed = elapsed();
		int done = this.sent + this.failed;
		int pending = this.total - done;
		double rate = (elapsed.toNanos() > 0) ? done / (elapsed.toNanos() / 1e9) : 0;
		Duration eta = (pending == 0) ? Duration.ZERO
				: (rate > 0) ? Duration.ofMillis((long) (pending / rate * 1000)) : null;
		return new CampaignProgress(this.total, this.sent, this.failed, pending, rate, eta, elapsed);
	}

	@Override
	public List<CampaignFailure> failures() {
		synchronized (this.failures) {
			return List.copyOf(this.failures);
		}
	}

	@Override
	public synchronized boolean isCancelled() {
		return this.cancelled;
	}

	@Override
	public CompletableFuture<CampaignReport> completion() {
		return this.completion;
	}

	@Override
	public String toString() {
		return "Campaign " + this.name + " (" + this.id + "): " + progress();
	}

}
