package io.github.whatsappstarter.campaign;

import java.util.List;

import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

/**
 * A recipient in a run's window: its messages (built when its turn came) and how many of them have
 * ended. Guarded by the run.
 */
final class ActiveRecipient {

	final LoadedChunk chunk;

	final int index;

	final CampaignRecipient recipient;

	final int count;

	@Nullable List<WhatsAppMessage> messages;

	int next;

	ActiveRecipient(LoadedChunk chunk, int index) {
		this.chunk = chunk;
		this.index = index;
		this.recipient = chunk.recipients.recipients().get(index);
		this.count = chunk.count(index);
		this.next = chunk.progress.done[index];
	}

	boolean hasNext() {
		return this.next < this.count;
	}

	/**
	 * Records that the next message ended, in the chunk's progress.
	 */
	void ended() {
		this.next++;
		this.chunk.progress.done[this.index] = (byte) this.next;
	}

}
