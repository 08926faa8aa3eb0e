package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.HazelcastBucketStore;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Builds the sending stacks the scenarios compare, the way the auto-configuration wires them: one
 * {@link CloudApiClient} (its own HTTP client) per node, a limiter, and Spring Retry with the
 * starter's default policy.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Stacks {

	/** How long a full bucket stays in the grid before it expires (≥ 2 s, dependencies.md §5). */
	static final Duration KEEP_AFTER_FULL = Duration.ofSeconds(2);

	/** Meta-like answer latency for the simulator: lognormal, median 300 ms, σ 0.4. */
	static final Latency META_LATENCY = Latency.lognormal(Duration.ofMillis(300), 0.4);

	private Stacks() {
	}

	static CloudApiClient client(WhatsAppSimulator simulator) {
		return CloudApiClient.builder()
			.baseUrl(simulator.baseUrl())
			.accessToken(simulator.accessToken())
			.apiVersion("v25.0")
			.readTimeout(Duration.ofSeconds(10))
			.build();
	}

	/**
	 * A template without limiter and without retry: what a plain loop over the API does.
	 */
	static WhatsAppTemplate naive(WhatsAppSimulator simulator, String phoneNumberId) {
		return WhatsAppTemplate.builder(client(simulator), phoneNumberId).build();
	}

	/**
	 * A template with the given limiter and, if asked, the starter's default retry policy.
	 */
	static WhatsAppTemplate limited(WhatsAppSimulator simulator, String phoneNumberId, WhatsAppRateLimiter limiter,
			boolean retry) {
		WhatsAppTemplate.Builder builder = WhatsAppTemplate.builder(client(simulator), phoneNumberId)
			.rateLimiter(limiter);
		if (retry) {
			builder.retryOperations(new SpringRetryOperations(WhatsAppRetryPolicy.defaults(), List.of()));
		}
		return builder.build();
	}

	/**
	 * Limiter settings with no safety margin (the simulator sees no traffic besides ours), a 60 s
	 * maximum wait and the default cool-down.
	 */
	static RateLimitSettings settings(int perSecond, Duration pairInterval, int pairBurst) {
		return new RateLimitSettings(perSecond, Map.of(), 0, pairInterval, pairBurst, Duration.ofSeconds(60),
				Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	static BucketRateLimiter hazelcastLimiter(HazelcastInstance member, String map, int nodes,
			RateLimitSettings settings) {
		return new BucketRateLimiter(
				new HazelcastBucketStore(member, map, KEEP_AFTER_FULL, Duration.ofSeconds(2), nodes), settings);
	}

	static BucketRateLimiter localLimiter(RateLimitSettings settings) {
		return new BucketRateLimiter(new LocalBucketStore(), settings);
	}

	/**
	 * How many parallel warm-up sends a node needs to open the connections a run at this rate and
	 * latency keeps busy: rate × 2 × median latency (a lognormal tail keeps more requests open than
	 * the mean), at least 4. A colder pool makes the first seconds open connections while slots keep
	 * coming, and those requests reach the API long after their slot.
	 * @param perSecond the node's share of the rate
	 * @param latency the simulator's latency
	 * @return the warm-up senders
	 */
	static int warmUpSenders(double perSecond, Latency latency) {
		return Math.max(4, (int) Math.ceil(perSecond * 2 * latency.median().toNanos() / 1e9));
	}

	/**
	 * Closes whatever of the given objects is {@link AutoCloseable} (templates stop their send
	 * threads), ignoring failures.
	 */
	static void close(List<?> closeables) {
		for (Object closeable : closeables) {
			if (closeable instanceof AutoCloseable resource) {
				try {
					resource.close();
				}
				catch (Exception ex) {
					// best effort: the next variant starts anyway
				}
			}
		}
	}

}
