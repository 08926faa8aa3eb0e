package io.github.whatsappstarter.media;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.retry.RetryClass;
import io.github.whatsappstarter.retry.WhatsAppRetryClassifier;
import io.github.whatsappstarter.retry.WhatsAppRetryExhaustedException;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Runs media calls under the send retry policy's rules for what media calls can meet: Meta-side and
 * connect failures are retried with the policy's transient backoff, within its attempts and total time
 * (outcome-unknown failures only when the policy allows it); an app or account rate limit (4, 17, 32, 613,
 * 80007) is never retried here and, when Meta said for how long, stops further media calls of this node
 * until then without calling Graph ({@link ApiRateLimitException} with the remaining wait). Media calls are
 * not messages: they take no throughput or pair slot. The caller's thread waits for backoffs.
 */
final class MediaCalls {

	private final @Nullable WhatsAppRetryPolicy policy;

	private volatile @Nullable Blocked blocked;

	MediaCalls(@Nullable WhatsAppRetryPolicy policy) {
		this.policy = policy;
	}

	<T> T run(Supplier<T> call, boolean repeatable) {
		long start = System.nanoTime();
		for (int attempt = 1;; attempt++) {
			checkNotBlocked();
			try {
				return call.get();
			}
			catch (ApiRateLimitException ex) {
				block(ex);
				throw ex;
			}
			catch (WhatsAppException ex) {
				Duration delay = retryDelay(ex, attempt, Duration.ofNanos(System.nanoTime() - start), repeatable);
				if (delay == null) {
					throw (attempt > 1 && isRetried(ex)) ? new WhatsAppRetryExhaustedException(attempt, ex) : ex;
				}
				sleep(delay, ex);
			}
		}
	}

	private static boolean isRetried(WhatsAppException failure) {
		RetryClass retryClass = WhatsAppRetryClassifier.classify(failure);
		return retryClass == RetryClass.TRANSIENT || retryClass == RetryClass.OUTCOME_UNKNOWN;
	}

	private @Nullable Duration retryDelay(WhatsAppException failure, int attempt, Duration elapsed,
			boolean repeatable) {
		WhatsAppRetryPolicy policy = this.policy;
		if (policy == null || !repeatable || !isRetried(failure) || !policy.mayRetry(failure, attempt, elapsed)) {
			return null;
		}
		return policy.delayFor(failure, attempt);
	}

	private void checkNotBlocked() {
		Blocked current = this.blocked;
		if (current == null) {
			return;
		}
		Duration remaining = Duration.between(Instant.now(), current.until());
		if (remaining.isNegative() || remaining.isZero()) {
			this.blocked = null;
			return;
		}
		ApiRateLimitException cause = current.cause();
		throw new ApiRateLimitException("Graph refused media calls with code " + cause.getCode()
				+ "; not calling it again for " + remaining.toSeconds() + " s (until " + current.until() + ")",
				cause.getGraphError(), cause.getHttpStatus(), null, remaining);
	}

	private void block(ApiRateLimitException ex) {
		Duration retryAfter = ex.retryAfter();
		if (retryAfter != null) {
			this.blocked = new Blocked(Instant.now().plus(retryAfter), ex);
		}
	}

	private static void sleep(Duration delay, WhatsAppException failure) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

	private record Blocked(Instant until, ApiRateLimitException cause) {
	}

}
