package io.github.whatsappstarter.client;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.support.DaemonThreads;

import org.jspecify.annotations.Nullable;

import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The threads of a template's send pipeline: a one-thread scheduler for retry backoffs and permit
 * hand-overs, and the executor that runs the HTTP calls. With virtual threads (Java 21+, when the
 * application enables them) a request in flight costs no platform thread; otherwise HTTP calls run
 * on a cached pool whose threads die after 30 s idle, its size bounded by the in-flight gate.
 */
final class SendExecutors implements AutoCloseable {

	static final String THREAD_PREFIX = "whatsapp-";

	private static final long CLOSE_GRACE_MILLIS = 5000;

	private final ScheduledThreadPoolExecutor scheduler;

	private final @Nullable ThreadPoolExecutor pool;

	private final Executor transport;

	private volatile boolean closed;

	SendExecutors(boolean virtualThreads) {
		this.scheduler = new ScheduledThreadPoolExecutor(1, DaemonThreads.named(THREAD_PREFIX + "send"));
		this.scheduler.setKeepAliveTime(30, TimeUnit.SECONDS);
		this.scheduler.allowCoreThreadTimeOut(true);
		this.scheduler.setRemoveOnCancelPolicy(true);
		if (virtualThreads) {
			this.pool = null;
			VirtualThreadTaskExecutor virtual = new VirtualThreadTaskExecutor(THREAD_PREFIX + "http-");
			this.transport = (task) -> {
				if (this.closed) {
					throw new RejectedExecutionException("The send pipeline is closed");
				}
				virtual.execute(task);
			};
		}
		else {
			this.pool = DaemonThreads.cachedPool(THREAD_PREFIX + "http");
			this.transport = this.pool;
		}
	}

	ScheduledExecutorService scheduler() {
		return this.scheduler;
	}

	Executor transport() {
		return this.transport;
	}

	/**
	 * Stops both executors; HTTP calls already running get a few seconds to finish.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.scheduler.shutdownNow();
		if (this.pool == null) {
			return;
		}
		this.pool.shutdown();
		try {
			if (!this.pool.awaitTermination(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
				this.pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.pool.shutdownNow();
		}
	}

}
