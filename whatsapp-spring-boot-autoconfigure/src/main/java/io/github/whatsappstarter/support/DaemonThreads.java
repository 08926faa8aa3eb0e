package io.github.whatsappstarter.support;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the starter's own pools: daemon threads (they never keep a JVM alive) with
 * names that say whose they are, e.g. {@code whatsapp-http-3}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/**
	 * Returns a factory of daemon threads named {@code prefix-1}, {@code prefix-2}, ...
	 * @param prefix the name prefix, e.g. {@code whatsapp-http}
	 * @return the factory
	 */
	public static ThreadFactory numbered(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> daemon(runnable, prefix + "-" + count.incrementAndGet());
	}

	/**
	 * Returns a factory of daemon threads that all carry one name, for single-thread executors.
	 * @param name the thread name
	 * @return the factory
	 */
	public static ThreadFactory named(String name) {
		return (runnable) -> daemon(runnable, name);
	}

	/**
	 * Returns an unbounded cached pool of daemon threads named {@code prefix-N} that die after 30 s
	 * idle, for work whose concurrency the caller bounds itself (HTTP calls behind the in-flight
	 * gate, grid calls with a deadline).
	 * @param prefix the name prefix
	 * @return the pool
	 */
	public static ThreadPoolExecutor cachedPool(String prefix) {
		return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				numbered(prefix));
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

}
