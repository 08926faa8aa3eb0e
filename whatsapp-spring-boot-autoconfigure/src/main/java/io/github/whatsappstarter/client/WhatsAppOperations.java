package io.github.whatsappstarter.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.management.blocking.BlockingOperations;
import io.github.whatsappstarter.management.phone.BusinessPhoneNumberOperations;
import io.github.whatsappstarter.management.profile.BusinessProfileOperations;
import io.github.whatsappstarter.management.template.MessageTemplateOperations;
import io.github.whatsappstarter.media.WhatsAppMediaOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

/**
 * Operations to send WhatsApp messages through the Cloud API. Implemented by
 * {@link WhatsAppTemplate}; every send is validated, rate-limited cluster-wide and retried by
 * policy before it returns. New operations arrive as {@code default} methods so that other
 * implementations keep compiling.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface WhatsAppOperations {

	/**
	 * Sends a plain text message from the default business phone number.
	 * @param to the recipient's number in E.164, with or without a leading {@code +}
	 * @param text the text, at most 4,096 characters
	 * @return the result, with the message id
	 * @throws WhatsAppException if the message is invalid or could not be sent
	 * @since 0.1.0
	 */
	default SendResult send(String to, String text) {
		return send(WhatsAppMessage.text(to, text));
	}

	/**
	 * Sends a message from the default business phone number.
	 * @param message the message, built with the factories on {@link WhatsAppMessage}
	 * @return the result, with the message id
	 * @throws WhatsAppException if the message is invalid or could not be sent
	 * @since 0.1.0
	 */
	default SendResult send(WhatsAppMessage message) {
		return send(getPhoneNumberId(), message);
	}

	/**
	 * Sends a message from the given business phone number.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @return the result, with the message id
	 * @throws WhatsAppException if the message is invalid or could not be sent
	 * @since 0.1.0
	 */
	SendResult send(String phoneNumberId, WhatsAppMessage message);

	/**
	 * Sends a message from the default business phone number without blocking the caller.
	 * @param message the message
	 * @return a future completing with the result, or exceptionally with a {@link WhatsAppException}
	 * @since 0.1.0
	 * @see #sendAsync(String, WhatsAppMessage, Instant)
	 */
	default CompletableFuture<SendResult> sendAsync(WhatsAppMessage message) {
		return sendAsync(getPhoneNumberId(), message);
	}

	/**
	 * Sends a message from the given business phone number without blocking the caller.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @return a future completing with the result, or exceptionally with a {@link WhatsAppException}
	 * @since 0.1.0
	 * @see #sendAsync(String, WhatsAppMessage, Instant)
	 */
	default CompletableFuture<SendResult> sendAsync(String phoneNumberId, WhatsAppMessage message) {
		return sendAsync(phoneNumberId, message, null);
	}

	/**
	 * Sends a message without blocking the caller, failing it with
	 * {@link WhatsAppDeadlineExceededException} rather than sending it after {@code deadline}.
	 * {@link WhatsAppTemplate} runs the same pipeline as {@link #send(String, WhatsAppMessage)}:
	 * slots, permits and retry backoffs are waited for on a scheduler, so no thread is parked per
	 * waiting message, and cancelling the future before the request is written withdraws the
	 * message. This default implementation sends synchronously on the calling thread.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @param deadline the latest time the message may be sent, or {@code null} for none
	 * @return a future completing with the result, or exceptionally with a {@link WhatsAppException}
	 * @since 0.1.0
	 */
	default CompletableFuture<SendResult> sendAsync(String phoneNumberId, WhatsAppMessage message,
			@Nullable Instant deadline) {
		if (deadline != null && Instant.now().isAfter(deadline)) {
			return CompletableFuture.failedFuture(new WhatsAppDeadlineExceededException(deadline, message.to()));
		}
		try {
			return CompletableFuture.completedFuture(send(phoneNumberId, message));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/**
	 * Marks an inbound message as read, from the default business phone number.
	 * @param messageId the inbound message's id ({@code wamid...})
	 * @since 0.1.0
	 */
	default void markAsRead(String messageId) {
		markAsRead(getPhoneNumberId(), MarkAsRead.of(messageId));
	}

	/**
	 * Marks an inbound message as read, optionally showing a typing indicator.
	 * @param phoneNumberId the business phone number id that received the message
	 * @param markAsRead the request
	 * @since 0.1.0
	 */
	void markAsRead(String phoneNumberId, MarkAsRead markAsRead);

	/**
	 * Returns the default business phone number id ({@code whatsapp.phone-number-id}).
	 * @return the phone number id
	 * @since 0.1.0
	 */
	String getPhoneNumberId();

	/**
	 * Returns operations that send from another business phone number by default. Limits are kept
	 * per phone number.
	 * @param phoneNumberId the business phone number id to send from
	 * @return operations bound to that number
	 * @since 0.1.0
	 */
	default WhatsAppOperations from(String phoneNumberId) {
		return new PhoneNumberOperations(this, phoneNumberId);
	}

	/**
	 * Returns the media operations of this phone number: upload (checked against Meta's types and sizes
	 * first), media URL, streamed download, delete, and upload-then-send. Media calls take no throughput
	 * slot. {@link WhatsAppTemplate} implements it when built with a {@code MediaClient}, as the
	 * auto-configuration does.
	 * @return the media operations
	 * @throws UnsupportedOperationException if this implementation has none
	 * @since 0.2.0
	 */
	default WhatsAppMediaOperations media() {
		throw new UnsupportedOperationException(getClass().getName() + " has no media operations");
	}

	/**
	 * Returns the message templates of the WhatsApp Business Account
	 * ({@code whatsapp.business-account-id}): list, get, create, delete. Management calls take no
	 * throughput slot and are not retried.
	 * @return the template operations
	 * @throws WhatsAppValidationException if no business account id is configured
	 * @since 0.3.0
	 */
	default MessageTemplateOperations templates() {
		throw new UnsupportedOperationException(getClass().getName() + " does not manage templates");
	}

	/**
	 * Returns the business phone numbers of the WhatsApp Business Account.
	 * @return the phone number operations
	 * @since 0.3.0
	 */
	default BusinessPhoneNumberOperations phoneNumbers() {
		throw new UnsupportedOperationException(getClass().getName() + " does not manage phone numbers");
	}

	/**
	 * Returns the business profile of the default business phone number;
	 * {@code from(id).profile()} is another number's.
	 * @return the profile operations
	 * @since 0.3.0
	 */
	default BusinessProfileOperations profile() {
		return profile(getPhoneNumberId());
	}

	/**
	 * Returns the business profile of a business phone number.
	 * @param phoneNumberId the business phone number id
	 * @return the profile operations
	 * @since 0.3.0
	 */
	default BusinessProfileOperations profile(String phoneNumberId) {
		throw new UnsupportedOperationException(getClass().getName() + " does not manage business profiles");
	}

	/**
	 * Returns the block list of the default business phone number; {@code from(id).blocking()} is
	 * another number's.
	 * @return the blocking operations
	 * @since 0.3.0
	 */
	default BlockingOperations blocking() {
		return blocking(getPhoneNumberId());
	}

	/**
	 * Returns the block list of a business phone number.
	 * @param phoneNumberId the business phone number id
	 * @return the blocking operations
	 * @since 0.3.0
	 */
	default BlockingOperations blocking(String phoneNumberId) {
		throw new UnsupportedOperationException(getClass().getName() + " does not manage block lists");
	}

}
