package io.github.whatsappstarter.benchmarks;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

/**
 * Decorates a limiter and records how long each {@link #acquire(String, String)} takes, so the
 * limiter's own cost can be told apart from the HTTP call.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class TimedRateLimiter implements WhatsAppRateLimiter {

	private final WhatsAppRateLimiter delegate;

	private final Latencies latencies = new Latencies();

	TimedRateLimiter(WhatsAppRateLimiter delegate) {
		this.delegate = delegate;
	}

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
		return this.delegate.acquireAsync(phoneNumberId, recipient);
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
