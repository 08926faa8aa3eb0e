package io.github.whatsappstarter.benchmarks;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

/**
 * Decorates a limiter and records how long its calls take, so the limiter's own cost can be told
 * apart from the HTTP call. The template's pipeline calls {@link #awaitPairAsync},
 * {@link #acquireThroughputAsync} and, at the slot, {@link #tryAcquirePair}; the synchronous part of
 * each (the grid or bucket calls, not the scheduled wait) is summed per pair and recorded as one
 * sample when the pair slot is taken. A blocking {@link #acquire} or the synchronous part of
 * {@link #acquireAsync} is recorded as one sample each.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class TimedRateLimiter implements WhatsAppRateLimiter {

	private final WhatsAppRateLimiter delegate;

	private final Latencies latencies = new Latencies();

	/** Time spent so far in the calls of a send that has not taken its pair slot yet, per pair. */
	private final Map<String, Long> pending = new ConcurrentHashMap<>();

	TimedRateLimiter(WhatsAppRateLimiter delegate) {
		this.delegate = delegate;
	}

	/**
	 * The time the limiter's calls took per send, in nanoseconds.
	 * @return the samples
	 */
	Latencies latencies() {
		return this.latencies;
	}

	@Override
	public void acquire(String phoneNumberId, String recipient) {
		long start = System.nanoTime();
		this.delegate.acquire(phoneNumberId, recipient);
		this.latencies.add(System.nanoTime() - start);
	}

	@Override
	public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
		long start = System.nanoTime();
		CompletableFuture<Void> result = this.delegate.acquireAsync(phoneNumberId, recipient);
		this.latencies.add(System.nanoTime() - start);
		return result;
	}

	@Override
	public CompletableFuture<Void> awaitPairAsync(String phoneNumberId, String recipient) {
		return timed(phoneNumberId, recipient, () -> this.delegate.awaitPairAsync(phoneNumberId, recipient));
	}

	@Override
	public CompletableFuture<Void> acquireThroughputAsync(String phoneNumberId, String recipient) {
		return timed(phoneNumberId, recipient, () -> this.delegate.acquireThroughputAsync(phoneNumberId, recipient));
	}

	@Override
	public boolean tryAcquirePair(String phoneNumberId, String recipient) {
		long start = System.nanoTime();
		boolean taken = false;
		try {
			taken = this.delegate.tryAcquirePair(phoneNumberId, recipient);
			return taken;
		}
		finally {
			long nanos = System.nanoTime() - start;
			String key = key(phoneNumberId, recipient);
			if (taken) {
				Long before = this.pending.remove(key);
				this.latencies.add(nanos + ((before != null) ? before : 0L));
			}
			else {
				// the pipeline waits for the pair again: the next calls belong to the same send
				this.pending.merge(key, nanos, Long::sum);
			}
		}
	}

	@Override
	public void onPairRateLimited(String phoneNumberId, String recipient) {
		this.delegate.onPairRateLimited(phoneNumberId, recipient);
	}

	@Override
	public void onThroughputLimited(String phoneNumberId) {
		this.delegate.onThroughputLimited(phoneNumberId);
	}

	private CompletableFuture<Void> timed(String phoneNumberId, String recipient,
			Supplier<CompletableFuture<Void>> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			this.pending.merge(key(phoneNumberId, recipient), System.nanoTime() - start, Long::sum);
		}
	}

	private static String key(String phoneNumberId, String recipient) {
		return phoneNumberId + ":" + recipient;
	}

}
