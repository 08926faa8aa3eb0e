package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.CompletableFuture;

/**
 * The limiter behind {@link WhatsAppRateLimiter#unlimited()}: grants every permit at once.
 */
final class UnlimitedRateLimiter implements WhatsAppRateLimiter {

	static final UnlimitedRateLimiter INSTANCE = new UnlimitedRateLimiter();

	private UnlimitedRateLimiter() {
	}

	@Override
	public void acquire(String phoneNumberId, String recipient) {
	}

	@Override
	public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void onPairRateLimited(String phoneNumberId, String recipient) {
	}

	@Override
	public void onThroughputLimited(String phoneNumberId) {
	}

}
