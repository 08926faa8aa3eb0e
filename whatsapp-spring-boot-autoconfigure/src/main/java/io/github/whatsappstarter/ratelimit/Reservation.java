package io.github.whatsappstarter.ratelimit;

import io.github.bucket4j.Bucket;

/**
 * The outcome of one atomic reserve-if-the-wait-fits call on a bucket.
 *
 * @param granted whether a token was reserved
 * @param nanos the wait until the reserved slot, or the wait that would have been needed
 */
record Reservation(boolean granted, long nanos) {

	/**
	 * Reserves one token if it becomes available within {@code maxWaitNanos}. Bucket4j's blocking
	 * {@code tryConsume} reserves atomically (also on a grid) and hands the wait to the blocking
	 * strategy; this strategy records it instead of parking, so the caller can sleep or schedule.
	 * When refused nothing was consumed and the wait hint comes from {@code estimateAbilityToConsume}.
	 */
	static Reservation attempt(Bucket bucket, long maxWaitNanos) {
		if (maxWaitNanos <= 0) {
			if (bucket.tryConsume(1)) {
				return new Reservation(true, 0);
			}
			return new Reservation(false, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
		}
		long[] wait = new long[1];
		boolean reserved;
		try {
			reserved = bucket.asBlocking().tryConsume(1, maxWaitNanos, (nanos) -> wait[0] = nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Unexpected interrupt; the strategy does not park", ex);
		}
		if (reserved) {
			return new Reservation(true, wait[0]);
		}
		return new Reservation(false, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
	}

}
