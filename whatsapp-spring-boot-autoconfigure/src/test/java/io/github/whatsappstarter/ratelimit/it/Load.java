package io.github.whatsappstarter.ratelimit.it;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.github.whatsappstarter.ratelimit.GrantRecorder;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hammers several limiters concurrently and records every grant.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Load {

	final GrantRecorder grants = new GrantRecorder();

	final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

	private Load() {
	}

	/**
	 * Prints the measured figures of a run to the test output.
	 */
	static void report(String scenario, GrantRecorder grants) {
		System.out.println("[figure] " + scenario + ": " + grants.count() + " grants, max "
				+ grants.maxInAnyWindow(Duration.ofSeconds(1)) + " in any sliding second");
	}

	/**
	 * Runs {@code threadsPerLimiter} threads against each limiter until {@code duration} is over,
	 * sending from {@code phoneNumberId} to the recipients produced by {@code recipients}.
	 */
	static Load run(List<? extends WhatsAppRateLimiter> limiters, int threadsPerLimiter, Duration duration,
			String phoneNumberId, IntFunction<String> recipients) throws InterruptedException {
		Load load = new Load();
		ExecutorService pool = Executors.newFixedThreadPool(limiters.size() * threadsPerLimiter);
		AtomicInteger sequence = new AtomicInteger();
		long end = System.nanoTime() + duration.toNanos();
		for (WhatsAppRateLimiter limiter : limiters) {
			for (int t = 0; t < threadsPerLimiter; t++) {
				pool.execute(() -> {
					while (System.nanoTime() < end) {
						try {
							limiter.acquire(phoneNumberId, recipients.apply(sequence.incrementAndGet()));
							load.grants.record();
						}
						catch (Throwable ex) {
							load.failures.add(ex);
						}
					}
				});
			}
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(duration.toMillis() + 30_000, TimeUnit.MILLISECONDS)).isTrue();
		return load;
	}

}
