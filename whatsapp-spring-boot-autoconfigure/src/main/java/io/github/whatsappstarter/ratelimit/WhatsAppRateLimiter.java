package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.client.PairRateLimitException;
import io.github.whatsappstarter.client.ThroughputLimitException;
import io.github.whatsappstarter.client.WhatsAppException;

/**
 * Decides when a message may go out so that Meta's limits hold across every node: one throughput
 * budget per business phone number (error 130429) and one pair budget per (phone number,
 * recipient) (error 131056). Every HTTP attempt acquires a permit first; retries happen outside.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface WhatsAppRateLimiter {

	/**
	 * Waits until a message from {@code phoneNumberId} to {@code recipient} may be sent, reserving
	 * a pair slot and a throughput slot.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @throws RateLimitWaitExceededException if the wait would exceed the configured maximum (no
	 * budget is spent in that case)
	 * @since 0.1.0
	 */
	void acquire(String phoneNumberId, String recipient);

	/**
	 * Like {@link #acquire(String, String)} but without parking the calling thread: the future
	 * completes when the message may be sent, or exceptionally with
	 * {@link RateLimitWaitExceededException}.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @return a future completing when sending is allowed
	 * @since 0.1.0
	 */
	CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient);

	/**
	 * Tells the limiter that Meta answered 131056 for this pair although a permit was granted: the
	 * pair's budget is drained (cluster-wide where the backend is shared).
	 * @param phoneNumberId the business phone number id
	 * @param recipient the recipient's number
	 * @since 0.1.0
	 */
	void onPairRateLimited(String phoneNumberId, String recipient);

	/**
	 * Tells the limiter that Meta answered 130429 for this number: its throughput budget gets a
	 * short cool-down.
	 * @param phoneNumberId the business phone number id
	 * @since 0.1.0
	 */
	void onThroughputLimited(String phoneNumberId);

	/**
	 * Passes Meta's refusal of a send on to the limiter: a 131056 drains the pair, a 130429 cools the
	 * number down; other failures are ignored. The one place that maps failures to feedback, for
	 * synchronous, asynchronous and webhook-reported failures alike.
	 * @param phoneNumberId the business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @param failure why Meta refused the send
	 * @since 0.1.0
	 */
	default void onRejected(String phoneNumberId, String recipient, WhatsAppException failure) {
		if (failure instanceof PairRateLimitException) {
			onPairRateLimited(phoneNumberId, recipient);
		}
		else if (failure instanceof ThroughputLimitException) {
			onThroughputLimited(phoneNumberId);
		}
	}

	/**
	 * A limiter that never waits, for {@code whatsapp.rate-limit.enabled=false}.
	 * @return a limiter that grants every permit at once
	 * @since 0.1.0
	 */
	static WhatsAppRateLimiter unlimited() {
		return UnlimitedRateLimiter.INSTANCE;
	}

}
