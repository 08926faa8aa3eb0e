package io.github.whatsappstarter.client;

import java.time.Duration;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.Listeners;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Tells the {@link WhatsAppSendListener}s about the outcome of a send, for the synchronous and the
 * asynchronous pipeline alike; a failing listener is logged and never changes the outcome.
 */
final class SendNotifier {

	private static final Log logger = LogFactory.getLog(SendNotifier.class);

	private static final String UNAFFECTED = "the send result is unaffected";

	private final List<WhatsAppSendListener> listeners;

	SendNotifier(List<WhatsAppSendListener> listeners) {
		this.listeners = List.copyOf(listeners);
	}

	void sent(String phoneNumberId, WhatsAppMessage message, SendResult result, Duration duration) {
		Listeners.callEach(logger, this.listeners, (listener) -> listener.onSent(phoneNumberId, message, result, duration),
				UNAFFECTED);
	}

	void failed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception, Duration duration) {
		Listeners.callEach(logger, this.listeners,
				(listener) -> listener.onFailed(phoneNumberId, message, exception, duration), UNAFFECTED);
	}

}
