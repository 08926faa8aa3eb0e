package io.github.whatsappstarter.webhook;

/**
 * Callback interface that can be implemented by beans wishing to act on failed message statuses,
 * for example to send a message again when {@link WhatsAppStatusEvent#retryable()} is true. Called
 * once per new failed status, after the event has been published; an exception fails the update
 * like a failing listener: it is logged, the delivery is answered 500 and Meta's redelivery
 * publishes the status and calls the handlers again.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@FunctionalInterface
public interface FailedStatusHandler {

	/**
	 * Handles a failed status.
	 * @param event the failed status, with its errors
	 */
	void onFailedStatus(WhatsAppStatusEvent event);

}
