package io.github.whatsappstarter.benchmarks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

/**
 * Decorates a limiter and notes when each recipient last got its slot (the moment
 * {@link #tryAcquirePair} grants it, right before the pipeline writes the request, or the moment a
 * whole permit from {@link #acquireAsync} completes), so the delay
 * from the slot to the simulator's arrival stamp can be measured. A slot is only as good as that
 * delay is short and steady: arrivals that lag their slots by different amounts bunch up.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SlotClockRateLimiter implements WhatsAppRateLimiter {

	private final WhatsAppRateLimiter delegate;

	private final Map<String, Long> slots;

	SlotClockRateLimiter(WhatsAppRateLimiter delegate) {
		this(delegate, new ConcurrentHashMap<>());
	}

	/**
	 * Creates a clock that writes into a shared map, e.g. one per campaign across its nodes.
	 * @param delegate the limiter
	 * @param slots a thread-safe map, per recipient the time of its last slot
	 */
	SlotClockRateLimiter(WhatsAppRateLimiter delegate, Map<String, Long> slots) {
		this.delegate = delegate;
		this.slots = slots;
	}

	/**
	 * Returns, per recipient, the {@link System#nanoTime()} of its last slot.
	 * @return the slot times
	 */
	Map<String, Long> slots() {
		return this.slots;
	}

	@Override
	public void acquire(String phoneNumberId, String recipient) {
		this.delegate.acquire(phoneNumberId, recipient);
		this.slots.put(recipient, System.nanoTime());
	}

	/**
	 * The whole permit at once, as the 0.1.0 design took it: the slot is when the future completes.
	 */
	@Override
	public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
		return this.delegate.acquireAsync(phoneNumberId, recipient)
			.thenRun(() -> this.slots.put(recipient, System.nanoTime()));
	}

	@Override
	public CompletableFuture<Void> awaitPairAsync(String phoneNumberId, String recipient) {
		return this.delegate.awaitPairAsync(phoneNumberId, recipient);
	}

	@Override
	public CompletableFuture<Void> acquireThroughputAsync(String phoneNumberId, String recipient) {
		return this.delegate.acquireThroughputAsync(phoneNumberId, recipient);
	}

	@Override
	public boolean tryAcquirePair(String phoneNumberId, String recipient) {
		boolean taken = this.delegate.tryAcquirePair(phoneNumberId, recipient);
		if (taken) {
			this.slots.put(recipient, System.nanoTime());
		}
		return taken;
	}

	@Override
	public void onPairRateLimited(String phoneNumberId, String recipient) {
		this.delegate.onPairRateLimited(phoneNumberId, recipient);
	}

	@Override
	public void onThroughputLimited(String phoneNumberId) {
		this.delegate.onThroughputLimited(phoneNumberId);
	}

}
