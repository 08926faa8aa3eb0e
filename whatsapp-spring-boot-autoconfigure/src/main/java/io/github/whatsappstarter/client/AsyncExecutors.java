package io.github.whatsappstarter.client;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two small pools behind asynchronous sends: a bounded pool for the HTTP calls (threads die
 * when idle) and a one-thread scheduler for retry backoffs. Created on first use, shut down by
 * {@link #close()}.
 */
final class AsyncExecutors implements AutoCloseable {

	static final String THREAD_PREFIX = "whatsapp-async-";

	private final ThreadPoolExecutor executor;

	private final ScheduledThreadPoolExecutor scheduler;

	AsyncExecutors(int concurrency) {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = (runnable) -> {
			Thread thread = new Thread(runnable, THREAD_PREFIX + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.executor = new ThreadPoolExecutor(concurrency, concurrency, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), threads);
		this.executor.allowCoreThreadTimeOut(true);
		this.scheduler = new ScheduledThreadPoolExecutor(1, (runnable) -> {
			Thread thread = new Thread(runnable, THREAD_PREFIX + "retry");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler.setRemoveOnCancelPolicy(true);
	}

	ExecutorService executor() {
		return this.executor;
	}

	ScheduledExecutorService scheduler() {
		return this.scheduler;
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.executor.shutdownNow();
		}
	}

}
