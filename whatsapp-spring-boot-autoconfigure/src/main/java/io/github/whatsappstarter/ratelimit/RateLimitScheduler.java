package io.github.whatsappstarter.ratelimit;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Creates the small daemon scheduler on which async permits wait for their slot.
 */
final class RateLimitScheduler {

	private RateLimitScheduler() {
	}

	static ScheduledExecutorService create() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread thread = new Thread(runnable, "whatsapp-rate-limit");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
