package io.github.whatsappstarter.health;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.whatsappstarter.ratelimit.BucketStore;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;

/**
 * A shared-looking store that can be made to fail like an unreachable grid.
 */
final class SwitchableBucketStore implements BucketStore {

	private final LocalBucketStore delegate = new LocalBucketStore();

	private volatile boolean failing;

	void fail() {
		this.failing = true;
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		if (this.failing) {
			throw new IllegalStateException("grid unreachable");
		}
		return this.delegate.bucket(key, configuration);
	}

	@Override
	public String name() {
		return "switchable";
	}

	@Override
	public int nodes() {
		return 2;
	}

}
