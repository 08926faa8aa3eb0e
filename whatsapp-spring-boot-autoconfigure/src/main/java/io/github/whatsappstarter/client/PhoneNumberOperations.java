package io.github.whatsappstarter.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.management.blocking.BlockingOperations;
import io.github.whatsappstarter.management.phone.BusinessPhoneNumberOperations;
import io.github.whatsappstarter.management.profile.BusinessProfileOperations;
import io.github.whatsappstarter.management.template.MessageTemplateOperations;
import io.github.whatsappstarter.media.WhatsAppMediaOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppOperations} bound to another default phone number, as returned by
 * {@link WhatsAppOperations#from(String)}. Every call goes to the delegate.
 */
final class PhoneNumberOperations implements WhatsAppOperations {

	private final WhatsAppOperations delegate;

	private final String phoneNumberId;

	PhoneNumberOperations(WhatsAppOperations delegate, String phoneNumberId) {
		Assert.notNull(delegate, "delegate must not be null");
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		this.delegate = delegate;
		this.phoneNumberId = phoneNumberId;
	}

	@Override
	public SendResult send(String phoneNumberId, WhatsAppMessage message) {
		return this.delegate.send(phoneNumberId, message);
	}

	@Override
	public CompletableFuture<SendResult> sendAsync(String phoneNumberId, WhatsAppMessage message,
			@Nullable Instant deadline) {
		return this.delegate.sendAsync(phoneNumberId, message, deadline);
	}

	@Override
	public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
		this.delegate.markAsRead(phoneNumberId, markAsRead);
	}

	@Override
	public WhatsAppMediaOperations media() {
		return this.delegate.media().from(this.phoneNumberId);
	}

	@Override
	public MessageTemplateOperations templates() {
		return this.delegate.templates();
	}

	@Override
	public BusinessPhoneNumberOperations phoneNumbers() {
		return this.delegate.phoneNumbers();
	}

	@Override
	public BusinessProfileOperations profile(String phoneNumberId) {
		return this.delegate.profile(phoneNumberId);
	}

	@Override
	public BlockingOperations blocking(String phoneNumberId) {
		return this.delegate.blocking(phoneNumberId);
	}

	@Override
	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	@Override
	public String toString() {
		return "WhatsAppOperations from " + this.phoneNumberId;
	}

}
