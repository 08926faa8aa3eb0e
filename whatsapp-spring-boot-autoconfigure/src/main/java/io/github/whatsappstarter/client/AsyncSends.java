package io.github.whatsappstarter.client;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The asynchronous side of a {@link WhatsAppTemplate}: creates the {@link AsyncSender} and its two
 * pools on first use, so templates that never send asynchronously start no threads, and closes
 * both when the template closes.
 */
final class AsyncSends implements AutoCloseable {

	private final CloudApiClient client;

	private final WhatsAppRateLimiter rateLimiter;

	private final WhatsAppRetryPolicy policy;

	private final List<WhatsAppRetryListener> retryListeners;

	private final SendNotifier notifier;

	private final int concurrency;

	private final Object lock = new Object();

	private @Nullable AsyncExecutors executors;

	private @Nullable AsyncSender sender;

	private boolean closed;

	AsyncSends(CloudApiClient client, WhatsAppRateLimiter rateLimiter, WhatsAppRetryPolicy policy,
			List<WhatsAppRetryListener> retryListeners, SendNotifier notifier, int concurrency) {
		this.client = client;
		this.rateLimiter = rateLimiter;
		this.policy = policy;
		this.retryListeners = List.copyOf(retryListeners);
		this.notifier = notifier;
		this.concurrency = concurrency;
	}

	CompletableFuture<SendResult> send(String phoneNumberId, WhatsAppMessage message, @Nullable Instant deadline) {
		return sender().send(phoneNumberId, message, deadline);
	}

	private AsyncSender sender() {
		synchronized (this.lock) {
			Assert.state(!this.closed, "WhatsAppTemplate has been closed");
			if (this.sender == null) {
				AsyncExecutors pools = new AsyncExecutors(this.concurrency);
				this.executors = pools;
				this.sender = new AsyncSender(this.client, this.rateLimiter, this.policy, this.retryListeners,
						this.notifier, pools.executor(), pools.scheduler());
			}
			return this.sender;
		}
	}

	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			if (this.sender != null) {
				this.sender.close();
			}
			if (this.executors != null) {
				this.executors.close();
			}
		}
	}

}
