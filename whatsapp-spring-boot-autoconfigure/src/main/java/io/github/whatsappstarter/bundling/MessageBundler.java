package io.github.whatsappstarter.bundling;

import io.github.whatsappstarter.support.DaemonThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TextMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Merges texts to the same recipient from the same business number that arrive within the
 * window into one message, and keeps every conversation in order: a message that cannot be merged
 * first flushes the open bundle and is sent only after it. Merged messages go out through
 * {@link WhatsAppOperations#sendAsync(String, WhatsAppMessage)} of the unproxied operations, so
 * retry and rate limiting apply once per merged message. State is per node. Open bundles are
 * flushed, and sent, when the application context stops.
 * <p>
 * This class keeps the windows (open, merge, close on time, size or shutdown); the per-recipient
 * ordering of sends is {@link ConversationLanes}'s job, whose monitor is the lock of both.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class MessageBundler implements SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(MessageBundler.class);

	private final BundlingSettings settings;

	private final ScheduledThreadPoolExecutor scheduler;

	private final ConversationLanes lanes;

	private final BundlingCounts counts = new BundlingCounts();

	private volatile boolean running;

	/**
	 * Creates a bundler with its own one-thread scheduler, shut down by {@link #close()}.
	 * @param settings the window, separator and limits
	 */
	public MessageBundler(BundlingSettings settings) {
		Assert.notNull(settings, "settings must not be null");
		this.settings = settings;
		this.scheduler = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("whatsapp-bundling"));
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.lanes = new ConversationLanes(this.scheduler);
		this.running = true;
	}

	/**
	 * Returns whether a message may be merged with others: a text without reply context and
	 * without callback data.
	 * @param message the message
	 * @return whether it can be bundled
	 */
	public static boolean isMergeable(WhatsAppMessage message) {
		return message instanceof TextMessage text && text.replyTo() == null && text.bizOpaqueCallbackData() == null;
	}

	/**
	 * Adds a mergeable text to the open bundle of its conversation, opening one if needed.
	 * @param target the operations that send the merged message
	 * @param phoneNumberId the sending business phone number id
	 * @param text the text (see {@link #isMergeable(WhatsAppMessage)})
	 * @return a future completing with the merged message's result when the bundle was sent
	 */
	public CompletableFuture<SendResult> add(WhatsAppOperations target, String phoneNumberId, TextMessage text) {
		Assert.isTrue(isMergeable(text), "text must be mergeable");
		PendingText pending = new PendingText(text, new CompletableFuture<>());
		synchronized (this.lanes) {
			RecipientLane lane = this.lanes.lane(phoneNumberId, text.recipientKey());
			OpenBundle bundle = lane.bundle;
			if (!bundle.fits(text, this.settings.separator())) {
				flush(lane);
			}
			bundle.add(pending, this.settings.separator());
			BundleScope scope = BundleScope.current();
			if (scope != null) {
				scope.keys.add(lane.key);
			}
			if (bundle.size() == 1) {
				bundle.target = target;
				if (scope == null) {
					bundle.timer = this.scheduler.schedule(() -> flush(lane.key), this.settings.window().toNanos(),
							TimeUnit.NANOSECONDS);
				}
			}
			if (bundle.size() >= this.settings.maxMessages() || !this.running) {
				flush(lane);
			}
		}
		return pending.result();
	}

	/**
	 * Sends a message that is not merged, on the calling thread, after the open bundle of its
	 * conversation (flushed now) and any earlier send to that conversation have completed.
	 * @param <T> the result type
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @param send the send itself
	 * @return what {@code send} returned
	 */
	public <T> T sendInOrder(String phoneNumberId, WhatsAppMessage message, Supplier<T> send) {
		return this.lanes.runInOrder(phoneNumberId, message.recipientKey(), (lane) -> flush(lane), send);
	}

	/**
	 * Like {@link #sendInOrder} without blocking: {@code send} starts once the earlier sends to the
	 * conversation have completed.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @param send starts the send
	 * @return the future of the send
	 */
	public CompletableFuture<SendResult> sendAsyncInOrder(String phoneNumberId, WhatsAppMessage message,
			Supplier<CompletableFuture<SendResult>> send) {
		synchronized (this.lanes) {
			RecipientLane lane = this.lanes.lane(phoneNumberId, message.recipientKey());
			flush(lane);
			return this.lanes.chain(lane, send);
		}
	}

	/**
	 * Sends the open bundles of the given conversations now.
	 * @param keys the conversations
	 */
	void flush(Iterable<BundleKey> keys) {
		keys.forEach(this::flush);
	}

	/**
	 * Sends the open bundle of a conversation now.
	 * @param phoneNumberId the sending business phone number id
	 * @param recipient the recipient's digits
	 */
	void flush(String phoneNumberId, String recipient) {
		flush(new BundleKey(phoneNumberId, recipient));
	}

	private void flush(BundleKey key) {
		synchronized (this.lanes) {
			RecipientLane lane = this.lanes.find(key);
			if (lane != null) {
				flush(lane);
			}
		}
	}

	/**
	 * Closes the window of a conversation and sends its merged text after the conversation's
	 * earlier sends. Called under the lock.
	 */
	private void flush(RecipientLane lane) {
		OpenBundle bundle = lane.bundle;
		if (bundle.isEmpty()) {
			return;
		}
		WhatsAppOperations target = bundle.target;
		List<PendingText> batch = bundle.drain();
		TextMessage merged = TextMerger.merge(batch, this.settings.separator());
		String phoneNumberId = lane.key.phoneNumberId();
		CompletableFuture<SendResult> sent = this.lanes.chain(lane, () -> target.sendAsync(phoneNumberId, merged));
		this.counts.flushed(batch.size());
		sent.whenComplete((result, failure) -> PendingText.completeAll(batch, result, failure));
	}

	/**
	 * Returns how many texts wait in open bundles.
	 * @return the pending texts
	 */
	public int getPendingCount() {
		return this.lanes.pendingTexts();
	}

	/**
	 * Returns the counts of sent and merged messages, for metrics.
	 * @return the counts
	 */
	public BundlingCounts getCounts() {
		return this.counts;
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public BundlingSettings getSettings() {
		return this.settings;
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Flushes every open bundle and waits, up to the shutdown timeout, until they were sent; texts
	 * arriving afterwards are sent at once.
	 */
	@Override
	public void stop() {
		List<CompletableFuture<?>> tails = new ArrayList<>();
		synchronized (this.lanes) {
			this.running = false;
			for (RecipientLane lane : this.lanes.all()) {
				flush(lane);
				tails.add(lane.tail);
			}
		}
		try {
			CompletableFuture.allOf(tails.toArray(CompletableFuture[]::new))
				.handle((result, failure) -> null)
				.get(this.settings.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			logger.warn("Bundled messages were still being sent after " + this.settings.shutdownTimeout());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			// cannot happen: failures were handled above
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Flushes what is left and shuts the scheduler down.
	 */
	@Override
	public void close() {
		if (this.running) {
			stop();
		}
		this.scheduler.shutdown();
	}

}
