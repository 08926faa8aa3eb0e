package io.github.whatsappstarter.ratelimit;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where buckets live: node-local memory or a data grid.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface BucketStore {

	/**
	 * Returns the bucket for a key, created with the given configuration when absent.
	 * @param key the bucket key, e.g. {@code throughput:123}
	 * @param configuration the configuration of a new bucket
	 * @return the bucket
	 */
	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

	/**
	 * Returns the backend name shown in the limiter status.
	 * @return the name
	 */
	String name();

	/**
	 * Returns how many application nodes share this store's limits.
	 * @return the node count, at least 1
	 */
	default int nodes() {
		return 1;
	}

}
