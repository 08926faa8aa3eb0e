package io.github.whatsappstarter.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * In-memory buckets for single-node applications, tests, and the fallback of a degraded grid.
 * Buckets that have refilled to full are dropped now and then, since a new bucket starts full and
 * behaves the same, so memory follows the recently active recipients.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class LocalBucketStore implements BucketStore {

	private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

	private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return bucket(key, configuration, (bucket) -> {
		});
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration, Consumer<Bucket> onCreate) {
		sweepIfDue();
		return this.buckets.computeIfAbsent(key, (k) -> {
			BucketConfiguration config = configuration.get();
			LocalBucketBuilder builder = Bucket.builder();
			for (Bandwidth bandwidth : config.getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			Bucket bucket = builder.build();
			onCreate.accept(bucket);
			return new Entry(bucket, capacity(config));
		}).bucket();
	}

	/**
	 * Returns the keys of the buckets held right now.
	 * @return a snapshot of the keys
	 */
	public Set<String> keys() {
		return Set.copyOf(this.buckets.keySet());
	}

	@Override
	public String name() {
		return "local";
	}

	/**
	 * Returns how many buckets are held right now.
	 * @return the number of buckets
	 */
	public int size() {
		return this.buckets.size();
	}

	private void sweepIfDue() {
		long last = this.lastSweep.get();
		long now = System.nanoTime();
		if (now - last >= SWEEP_INTERVAL_NANOS && this.lastSweep.compareAndSet(last, now)) {
			this.buckets.entrySet().removeIf((entry) -> entry.getValue().isFull());
		}
	}

	private static long capacity(BucketConfiguration config) {
		return config.getBandwidths()[0].getCapacity();
	}

	private record Entry(Bucket bucket, long capacity) {

		boolean isFull() {
			return this.bucket.getAvailableTokens() >= this.capacity;
		}

	}

}
