package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import io.github.whatsappstarter.support.DaemonThreads;

/**
 * Creates the small daemon scheduler on which async permits wait for their slot.
 */
final class RateLimitScheduler {

	private RateLimitScheduler() {
	}

	static ScheduledExecutorService create() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
				DaemonThreads.named("whatsapp-rate-limit"));
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
