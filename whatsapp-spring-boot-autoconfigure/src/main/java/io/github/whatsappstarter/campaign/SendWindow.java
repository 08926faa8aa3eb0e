package io.github.whatsappstarter.campaign;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

/**
 * The recipients a run is working on: at most {@code size} of them are active, their messages built
 * when they join; the ones ready for their next message wait in order. Below it, the chunk being
 * read from and the next one, read ahead once half of the current one has joined. Guarded by the
 * run.
 */
final class SendWindow {

	/**
	 * Takes a recipient out of the window with its remaining messages failed.
	 */
	interface Dropper {

		void drop(ActiveRecipient recipient, String reason, int code);

	}

	private final int size;

	private final int chunkCount;

	private final @Nullable CampaignMessageFactory factory;

	private final Dropper dropper;

	private final Deque<ActiveRecipient> ready = new ArrayDeque<>();

	private int active;

	private int nextChunk;

	private boolean loading;

	private @Nullable LoadedChunk current;

	private @Nullable LoadedChunk prefetched;

	SendWindow(int size, int chunkCount, @Nullable CampaignMessageFactory factory, Dropper dropper) {
		this.size = size;
		this.chunkCount = chunkCount;
		this.factory = factory;
		this.dropper = dropper;
	}

	/** New recipients join the end of the window, behind those waiting for their next message. */
	void fill() {
		while (this.active < this.size) {
			ActiveRecipient joined = activateNext(false);
			if (joined == null) {
				return;
			}
			this.ready.addLast(joined);
		}
	}

	/** The next recipient ready for its next message, or {@code null}. */
	@Nullable ActiveRecipient poll() {
		return this.ready.poll();
	}

	/** Puts a recipient whose message went back to the queue first in line. */
	void requeue(ActiveRecipient recipient) {
		this.ready.addFirst(recipient);
	}

	/** Puts a recipient whose message ended at the end of the line. */
	void next(ActiveRecipient recipient) {
		this.ready.addLast(recipient);
	}

	/** Counts a recipient out of the window. */
	void left() {
		this.active--;
	}

	/**
	 * Activates the next recipient with messages left, building its messages unless cancelling; a
	 * recipient whose messages cannot be built is dropped with the reason.
	 * @return the recipient, or {@code null} when no chunk read so far has more
	 */
	@Nullable ActiveRecipient activateNext(boolean cancelling) {
		while (true) {
			if (this.current == null || this.current.exhausted()) {
				if (this.prefetched == null) {
					return null;
				}
				this.current = this.prefetched;
				this.prefetched = null;
			}
			LoadedChunk chunk = this.current;
			int index = chunk.cursor++;
			if (chunk.progress.done[index] >= chunk.count(index)) {
				continue;
			}
			ActiveRecipient recipient = new ActiveRecipient(chunk, index);
			this.active++;
			if (cancelling) {
				return recipient;
			}
			try {
				recipient.messages = build(recipient);
				return recipient;
			}
			catch (RuntimeException ex) {
				this.dropper.drop(recipient, String.valueOf(ex.getMessage()), 0);
			}
		}
	}

	private List<WhatsAppMessage> build(ActiveRecipient recipient) {
		CampaignMessageFactory messages = this.factory;
		if (messages == null) {
			throw new IllegalStateException("No message factory on this node");
		}
		List<WhatsAppMessage> built = List.copyOf(messages.messages(recipient.recipient));
		if (built.size() != recipient.count) {
			throw new IllegalStateException("The message factory returned " + built.size() + " messages for "
					+ WhatsAppException.mask(recipient.recipient.to()) + " where it returned " + recipient.count
					+ " when the campaign started");
		}
		return built;
	}

	/** Drops every recipient waiting for its next message. */
	void dropReady(String reason) {
		while (!this.ready.isEmpty()) {
			this.dropper.drop(this.ready.poll(), reason, 0);
		}
	}

	/**
	 * Starts reading the next chunk if it is time to.
	 * @return the chunk to read, or -1
	 */
	int startLoading() {
		if (this.loading || this.prefetched != null || this.nextChunk >= this.chunkCount) {
			return -1;
		}
		LoadedChunk chunk = this.current;
		if (chunk != null && chunk.cursor * 2 < chunk.recipients.size()) {
			return -1;
		}
		this.loading = true;
		return this.nextChunk;
	}

	/** The chunk being read. */
	int loadingChunk() {
		return this.nextChunk;
	}

	/** The chunk that was being read is here. */
	void loaded(LoadedChunk chunk) {
		this.prefetched = chunk;
		this.nextChunk = chunk.number + 1;
		this.loading = false;
	}

	/** Whether every recipient of every chunk has joined and left the window. */
	boolean drained() {
		return this.nextChunk >= this.chunkCount && !this.loading && this.prefetched == null
				&& (this.current == null || this.current.exhausted()) && this.ready.isEmpty() && this.active == 0;
	}

}
