package io.github.whatsappstarter.retry;

import java.time.Duration;

import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.WhatsAppException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The starter's retry policy: how many attempts, how long in total, and the backoff per
 * {@link RetryClass}. {@code maxAttempts} counts the first call (3 means one call and at most two
 * retries). Outcome-unknown failures are retried only when {@code retryOutcomeUnknown} is set,
 * because a retry could then deliver the message twice. App and account rate limits
 * ({@link ApiRateLimitException}) are retried only after the time Meta's usage header gives and only
 * when that still fits {@code maxTotalTime}; otherwise the exception itself reaches the caller,
 * with {@link ApiRateLimitException#retryAfter()}.
 *
 * @param maxAttempts the most attempts per message, including the first call
 * @param maxTotalTime no retry starts after this much time has passed since the first call
 * @param pairRate backoff after 131056
 * @param throughput backoff after 130429 and other throttling
 * @param transientFailure backoff after server-side and connect failures
 * @param retryOutcomeUnknown whether timeouts and resets after sending are retried
 * @param maintenance backoff after 131057 (maintenance, e.g. a throughput upgrade)
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppRetryPolicy(int maxAttempts, Duration maxTotalTime, Backoff pairRate, Backoff throughput,
		Backoff transientFailure, boolean retryOutcomeUnknown, Backoff maintenance) {

	/** The default most attempts per message, counting the first call. */
	public static final int DEFAULT_MAX_ATTEMPTS = 5;

	/** The default time after the first attempt from which no retry starts. */
	public static final Duration DEFAULT_MAX_TOTAL_TIME = Duration.ofMinutes(5);

	/** The default relative spread of every backoff's waits (±20%), so nodes do not retry in lock-step. */
	public static final double DEFAULT_JITTER = 0.2;

	/** The default backoff after 131056 (pair rate): 1, 4, 16, 64 s, as Meta advises. */
	public static final Backoff DEFAULT_PAIR_RATE = new Backoff(Duration.ofSeconds(1), 4, Duration.ofSeconds(64),
			DEFAULT_JITTER);

	/** The default backoff after 130429 (throughput): 1, 2, 4 s up to 8 s. */
	public static final Backoff DEFAULT_THROUGHPUT = new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(8),
			DEFAULT_JITTER);

	/** The default backoff after server-side and connect failures: 0.5, 1, 2 s up to 10 s. */
	public static final Backoff DEFAULT_TRANSIENT_FAILURE = new Backoff(Duration.ofMillis(500), 2,
			Duration.ofSeconds(10), DEFAULT_JITTER);

	/**
	 * The default backoff after 131057: 15, 30, 60 s. Meta says a throughput upgrade keeps the number
	 * unusable for up to 1 minute
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/throughput) and
	 * documents no wait for other maintenance.
	 */
	public static final Backoff DEFAULT_MAINTENANCE = new Backoff(Duration.ofSeconds(15), 2, Duration.ofSeconds(60),
			DEFAULT_JITTER);

	/**
	 * Checks the values.
	 */
	public WhatsAppRetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1 (the first call counts)");
		Assert.isTrue(!maxTotalTime.isNegative(), "maxTotalTime must not be negative");
		Assert.notNull(maintenance, "maintenance must not be null");
	}

	/**
	 * Creates a policy with the default maintenance backoff.
	 * @param maxAttempts the most attempts per message, including the first call
	 * @param maxTotalTime no retry starts after this much time has passed since the first call
	 * @param pairRate backoff after 131056
	 * @param throughput backoff after 130429
	 * @param transientFailure backoff after server-side and connect failures
	 * @param retryOutcomeUnknown whether timeouts and resets after sending are retried
	 */
	public WhatsAppRetryPolicy(int maxAttempts, Duration maxTotalTime, Backoff pairRate, Backoff throughput,
			Backoff transientFailure, boolean retryOutcomeUnknown) {
		this(maxAttempts, maxTotalTime, pairRate, throughput, transientFailure, retryOutcomeUnknown,
				DEFAULT_MAINTENANCE);
	}

	/**
	 * Returns the defaults, the same as those of the {@code whatsapp.retry.*} properties: 5 attempts
	 * within 5 minutes; 131056 waits 1, 4, 16, 64 s as Meta advises;
	 * 130429 waits 1, 2, 4 s up to 8 s; transient failures 0.5, 1, 2 s up to 10 s; 131057 waits 15,
	 * 30, 60 s; ±20% jitter.
	 * @return the default policy
	 */
	public static WhatsAppRetryPolicy defaults() {
		return new WhatsAppRetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_TOTAL_TIME, DEFAULT_PAIR_RATE,
				DEFAULT_THROUGHPUT, DEFAULT_TRANSIENT_FAILURE, false, DEFAULT_MAINTENANCE);
	}

	/**
	 * Returns whether failures of the given class are retried under this policy.
	 * @param retryClass the class
	 * @return whether to retry
	 */
	public boolean retries(RetryClass retryClass) {
		return switch (retryClass) {
			case PAIR_RATE, THROUGHPUT, API_RATE_LIMIT, MAINTENANCE, TRANSIENT -> true;
			case OUTCOME_UNKNOWN -> this.retryOutcomeUnknown;
			case NEVER -> false;
		};
	}

	/**
	 * Returns whether a failure is of a kind this policy retries, attempts and time permitting.
	 * @param failure the failure of an attempt
	 * @return whether it is retryable
	 */
	public boolean isRetryable(@Nullable Throwable failure) {
		if (failure instanceof ApiRateLimitException rateLimit && rateLimit.retryAfter() == null) {
			// Meta gave no time: a retry within seconds would only spend more of the limit
			return false;
		}
		return failure instanceof WhatsAppException && retries(WhatsAppRetryClassifier.classify(failure));
	}

	/**
	 * Decides whether another attempt follows a failed one: the failure is retryable, fewer than
	 * {@code maxAttempts} attempts were made and {@code maxTotalTime} has not passed. The single
	 * decision behind both the synchronous (Spring Retry) and the asynchronous path.
	 * @param failure the failure of the last attempt
	 * @param failedAttempts attempts made so far, including the first call
	 * @param elapsed time since the first attempt started
	 * @return whether to retry
	 */
	public boolean mayRetry(@Nullable Throwable failure, int failedAttempts, Duration elapsed) {
		Duration start = elapsed;
		if (failure instanceof ApiRateLimitException rateLimit && rateLimit.retryAfter() != null) {
			// the retry would start only after Meta's wait, which must fit the total time
			start = elapsed.plus(rateLimit.retryAfter());
		}
		return isRetryable(failure) && failedAttempts < this.maxAttempts && start.compareTo(this.maxTotalTime) <= 0;
	}

	/**
	 * Returns the wait before the next attempt after a failure: the backoff of its class, or for an
	 * app or account rate limit the time Meta gave.
	 * @param failure the failure of the last attempt
	 * @param retry the retry number, 1 for the first retry
	 * @return the wait, or {@code null} when the failure is not retried
	 */
	public @Nullable Duration delayFor(@Nullable Throwable failure, int retry) {
		if (failure instanceof ApiRateLimitException rateLimit) {
			return rateLimit.retryAfter();
		}
		Backoff backoff = backoffFor(WhatsAppRetryClassifier.classify(failure));
		return (backoff != null) ? backoff.delay(retry) : null;
	}

	/**
	 * Returns whether a failure that is not retried (any more) reaches the caller as it is rather
	 * than wrapped in {@link WhatsAppRetryExhaustedException}: an app or account rate limit, so that
	 * its {@link ApiRateLimitException#retryAfter()} is at hand.
	 * @param failure the last failure
	 * @return whether to rethrow it unwrapped
	 */
	public boolean rethrowsAsIs(@Nullable Throwable failure) {
		return failure instanceof ApiRateLimitException || !isRetryable(failure);
	}

	/**
	 * Returns the backoff for a class of failure.
	 * @param retryClass the class
	 * @return the backoff, or {@code null} when the class is not retried
	 */
	public @Nullable Backoff backoffFor(RetryClass retryClass) {
		return switch (retryClass) {
			case PAIR_RATE -> this.pairRate;
			case THROUGHPUT -> this.throughput;
			case MAINTENANCE -> this.maintenance;
			case TRANSIENT, OUTCOME_UNKNOWN -> this.transientFailure;
			case API_RATE_LIMIT, NEVER -> null;
		};
	}

	/**
	 * Returns a copy with another number of attempts, e.g. for a per-call override.
	 * @param attempts the most attempts, including the first call
	 * @return a new policy
	 */
	public WhatsAppRetryPolicy withMaxAttempts(int attempts) {
		return new WhatsAppRetryPolicy(attempts, this.maxTotalTime, this.pairRate, this.throughput,
				this.transientFailure, this.retryOutcomeUnknown, this.maintenance);
	}

	/**
	 * Returns a copy that does or does not retry outcome-unknown failures.
	 * @param retry whether to retry them (accepting possible duplicates)
	 * @return a new policy
	 */
	public WhatsAppRetryPolicy withRetryOutcomeUnknown(boolean retry) {
		return new WhatsAppRetryPolicy(this.maxAttempts, this.maxTotalTime, this.pairRate, this.throughput,
				this.transientFailure, retry, this.maintenance);
	}

}
