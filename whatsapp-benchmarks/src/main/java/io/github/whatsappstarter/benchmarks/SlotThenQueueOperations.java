package io.github.whatsappstarter.benchmarks;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import org.jspecify.annotations.Nullable;

/**
 * The 0.1.0 send design, kept as a baseline: take the limiter's whole permit first
 * ({@link WhatsAppRateLimiter#acquireAsync}), then queue the HTTP call on a fixed pool of 8 threads.
 * No retry. The slot is taken before the queue, so the time Meta sees a request is the slot plus the
 * wait for a free thread: with 300 ms latency 8 threads carry only ~25 msg/s whatever the budget, and
 * when latency drops after a stall the queue drains at once, past the limit.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SlotThenQueueOperations implements WhatsAppOperations, AutoCloseable {

	/** The 0.1.0 pool size. */
	static final int THREADS = 8;

	private final CloudApiClient client;

	private final String phoneNumberId;

	private final WhatsAppRateLimiter limiter;

	private final ExecutorService pool;

	SlotThenQueueOperations(CloudApiClient client, String phoneNumberId, WhatsAppRateLimiter limiter) {
		this.client = client;
		this.phoneNumberId = phoneNumberId;
		this.limiter = limiter;
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(THREADS, (runnable) -> {
			Thread thread = new Thread(runnable, "slot-then-queue-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public SendResult send(String phoneNumberId, WhatsAppMessage message) {
		try {
			return sendAsync(phoneNumberId, message, null).join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	@Override
	public CompletableFuture<SendResult> sendAsync(String phoneNumberId, WhatsAppMessage message,
			@Nullable Instant deadline) {
		return this.limiter.acquireAsync(phoneNumberId, message.recipientKey())
			.thenApplyAsync((granted) -> this.client.send(phoneNumberId, message), this.pool);
	}

	@Override
	public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
		this.client.markAsRead(phoneNumberId, markAsRead);
	}

	@Override
	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	/**
	 * Stops the HTTP threads; calls still queued are dropped.
	 */
	@Override
	public void close() {
		this.pool.shutdownNow();
		try {
			this.pool.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
