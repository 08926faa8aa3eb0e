package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
	 * Returns the bucket for a key, created with the given configuration and then passed to
	 * {@code onCreate} when absent. The default ignores {@code onCreate}: shared stores never need
	 * it, since only a node's fallback buckets start in debt.
	 * @param key the bucket key
	 * @param configuration the configuration of a new bucket
	 * @param onCreate applied once to a newly created bucket
	 * @return the bucket
	 */
	default Bucket bucket(String key, Supplier<BucketConfiguration> configuration, Consumer<Bucket> onCreate) {
		return bucket(key, configuration);
	}

	/**
	 * Returns the longest a call on this store may take before the limiter gives up on it and uses
	 * the node-local fallback; {@link Duration#ZERO} (the default) for in-memory stores, whose calls
	 * are not bounded.
	 * @return the request timeout
	 */
	default Duration requestTimeout() {
		return Duration.ZERO;
	}

	/**
	 * Tells the other nodes sharing this store that Meta answered 130429 for a number, so that they
	 * hold the slots they reserved before it for the cool-down too. The default does nothing (a
	 * node-local store has no other nodes).
	 * @param phoneNumberId the business phone number id
	 * @param cooldown how long the number pauses
	 * @since 0.2.0
	 */
	default void publishCooldown(String phoneNumberId, Duration cooldown) {
	}

	/**
	 * Registers the receiver of the cool-downs that nodes publish (this node's own included). The
	 * default does nothing.
	 * @param listener receives the phone number id and the cool-down
	 * @since 0.2.0
	 */
	default void onCooldown(BiConsumer<String, Duration> listener) {
	}

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
