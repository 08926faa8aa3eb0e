package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppException;

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
	 * First step of a permit for a pipeline that takes its slots at the moment it writes the
	 * request: completes once a message to {@code recipient} would be allowed under the pair rule,
	 * consuming nothing. The pipeline then takes a throughput slot
	 * ({@link #acquireThroughputAsync}) and, at that slot, the pair slot itself
	 * ({@link #tryAcquirePair}), so both limits see the time Meta sees. The default takes the whole
	 * permit with {@link #acquireAsync(String, String)}, for limiters that do not split it.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @return a future completing when the pair has room, or exceptionally with
	 * {@link RateLimitWaitExceededException}
	 * @since 0.2.0
	 */
	default CompletableFuture<Void> awaitPairAsync(String phoneNumberId, String recipient) {
		return acquireAsync(phoneNumberId, recipient);
	}

	/**
	 * Second step: reserves the number's next throughput slot and completes at it. The caller writes
	 * the request the moment the future completes (after {@link #tryAcquirePair}), so the slot is the
	 * time Meta sees the request. The default completes at once.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @return a future completing at the throughput slot, or exceptionally with
	 * {@link RateLimitWaitExceededException}
	 * @since 0.2.0
	 */
	default CompletableFuture<Void> acquireThroughputAsync(String phoneNumberId, String recipient) {
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Last step, at the throughput slot: takes the pair slot now if the pair has room. When another
	 * node took it since {@link #awaitPairAsync}, this returns {@code false}; the caller leaves its
	 * throughput slot unused and waits for the pair again. The default grants at once.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's number (digits only)
	 * @return whether the pair slot was taken
	 * @since 0.2.0
	 */
	default boolean tryAcquirePair(String phoneNumberId, String recipient) {
		return true;
	}

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
