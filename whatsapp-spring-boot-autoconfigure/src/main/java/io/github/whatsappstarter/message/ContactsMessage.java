package io.github.whatsappstarter.message;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One or more contact cards ({@code "type":"contacts"}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param contacts one to {@value MessageLimits#CONTACTS_MAX} contact cards
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ContactsMessage(String to, List<Contact> contacts, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ContactsMessage {
		to = MessageChecks.recipient(to);
		contacts = MessageChecks.list(contacts, "contacts", 1, MessageLimits.CONTACTS_MAX);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.CONTACTS;
	}

	@Override
	public ContactsMessage replyingTo(String messageId) {
		return new ContactsMessage(this.to, this.contacts, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public ContactsMessage withCallbackData(String data) {
		return new ContactsMessage(this.to, this.contacts, this.replyTo, data);
	}

}
