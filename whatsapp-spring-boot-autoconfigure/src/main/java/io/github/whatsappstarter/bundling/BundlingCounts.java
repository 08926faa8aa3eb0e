package io.github.whatsappstarter.bundling;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts of a {@link MessageBundler}, for metrics: messages it sent, how many of them merged
 * several texts, and how many texts went out merged. Monotonic; safe to read from any thread.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class BundlingCounts {

	private final AtomicLong messagesSent = new AtomicLong();

	private final AtomicLong bundlesSent = new AtomicLong();

	private final AtomicLong messagesMerged = new AtomicLong();

	BundlingCounts() {
	}

	void flushed(int texts) {
		this.messagesSent.incrementAndGet();
		if (texts > 1) {
			this.bundlesSent.incrementAndGet();
			this.messagesMerged.addAndGet(texts);
		}
	}

	/**
	 * Returns how many messages the bundler sent, merged or not.
	 * @return the messages sent by flushing bundles
	 */
	public long getMessagesSent() {
		return this.messagesSent.get();
	}

	/**
	 * Returns how many sent messages merged two or more texts.
	 * @return the bundles sent
	 */
	public long getBundlesSent() {
		return this.bundlesSent.get();
	}

	/**
	 * Returns how many texts went out merged with others.
	 * @return the merged texts
	 */
	public long getMessagesMerged() {
		return this.messagesMerged.get();
	}

}
