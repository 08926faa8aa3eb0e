package io.github.whatsappstarter.client;

import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Callback interface for beans that want to observe sends: metrics, audit logs, failure events.
 * Called on the sending thread, so implementations must be quick and must not throw.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface WhatsAppSendListener {

	/**
	 * Called when a message was accepted by the Cloud API.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @param result the result
	 * @param duration the time from the call until the result, including waits and retries
	 */
	default void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result, Duration duration) {
	}

	/**
	 * Called when a message finally failed, after any retries.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @param exception why it failed
	 * @param duration the time from the call until the failure
	 */
	default void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
			Duration duration) {
	}

}
