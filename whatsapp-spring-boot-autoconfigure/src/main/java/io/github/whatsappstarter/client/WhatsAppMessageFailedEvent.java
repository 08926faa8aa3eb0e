package io.github.whatsappstarter.client;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;

import org.springframework.context.ApplicationEvent;

/**
 * Published when a message finally failed (after any retries), so that a listener can store,
 * alert or re-queue it: nothing is lost silently.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppMessageFailedEvent extends ApplicationEvent {

	private final String phoneNumberId;

	private final WhatsAppMessage message;

	private final WhatsAppException exception;

	/**
	 * Creates an event.
	 * @param source the component that gave up on the message
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message that was not sent
	 * @param exception why it failed
	 */
	public WhatsAppMessageFailedEvent(Object source, String phoneNumberId, WhatsAppMessage message,
			WhatsAppException exception) {
		super(source);
		this.phoneNumberId = phoneNumberId;
		this.message = message;
		this.exception = exception;
	}

	/**
	 * Returns the sending business phone number id.
	 * @return the phone number id
	 */
	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	/**
	 * Returns the message that was not sent.
	 * @return the message
	 */
	public WhatsAppMessage getMessage() {
		return this.message;
	}

	/**
	 * Returns why the message failed; its Graph code says whether a later retry could succeed.
	 * @return the exception
	 */
	public WhatsAppException getException() {
		return this.exception;
	}

}
