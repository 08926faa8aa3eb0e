package io.github.whatsappstarter.campaign;

import java.util.List;

import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * One recipient's messages in a campaign, in the order they must arrive. Guarded by the run's
 * lock.
 */
final class RecipientQueue {

	final String recipient;

	private final List<WhatsAppMessage> messages;

	private int next;

	RecipientQueue(String recipient, List<WhatsAppMessage> messages) {
		this.recipient = recipient;
		this.messages = List.copyOf(messages);
	}

	boolean hasNext() {
		return this.next < this.messages.size();
	}

	int nextIndex() {
		return this.next;
	}

	WhatsAppMessage take() {
		return this.messages.get(this.next++);
	}

	int size() {
		return this.messages.size();
	}

}
