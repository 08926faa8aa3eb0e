package io.github.whatsappstarter.ratelimit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;

/**
 * Finds the pair or throughput bucket of a key in the store a {@link FailoverBuckets} call hands
 * over, creating it with its {@link BucketShapes shape} for that store's share: on the grid the
 * first use on this node brings this node's configuration to the shared bucket; a local fallback
 * bucket starts with the debt of {@link FailoverDebts}.
 */
final class LimiterBuckets {

	private final RateLimitSettings settings;

	private final ThroughputLevels levels;

	private final FailoverBuckets buckets;

	private final Set<String> configured = ConcurrentHashMap.newKeySet();

	LimiterBuckets(RateLimitSettings settings, ThroughputLevels levels, FailoverBuckets buckets) {
		this.settings = settings;
		this.levels = levels;
		this.buckets = buckets;
	}

	Bucket pair(BucketStore store, int share, String phoneNumberId, String recipient) {
		return store.bucket(BucketKeys.pair(phoneNumberId, recipient), () -> BucketShapes.pair(this.settings, share));
	}

	Bucket throughput(BucketStore store, int share, String phoneNumberId) {
		int limit = this.levels.limit(phoneNumberId);
		Supplier<BucketConfiguration> shape = () -> BucketShapes.throughput(limit, share);
		String key = BucketKeys.throughput(phoneNumberId);
		if (!this.buckets.isFallback(store)) {
			Bucket shared = store.bucket(key, shape);
			if (this.configured.add(phoneNumberId)) {
				// a busy shared bucket keeps the configuration of the node that created it; on a rolling
				// deploy the node started last brings the new limit, so it takes over the bucket's shape
				shared.replaceConfiguration(shape.get(), TokensInheritanceStrategy.PROPORTIONALLY);
			}
			return shared;
		}
		long debt = FailoverDebts.periodShare(limit, share);
		return store.bucket(key, shape, (bucket) -> {
			if (this.buckets.firstUseInPeriod(key)) {
				bucket.consumeIgnoringRateLimits(debt);
			}
		});
	}

}
