package io.github.whatsappstarter.client;

import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * A {@link WhatsAppSendListener} that publishes a {@link WhatsAppMessageFailedEvent} for every
 * message that finally failed.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class FailureEventPublisher implements WhatsAppSendListener {

	private final ApplicationEventPublisher publisher;

	/**
	 * Creates a listener.
	 * @param publisher where events go
	 */
	public FailureEventPublisher(ApplicationEventPublisher publisher) {
		Assert.notNull(publisher, "publisher must not be null");
		this.publisher = publisher;
	}

	@Override
	public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
			Duration duration) {
		this.publisher.publishEvent(new WhatsAppMessageFailedEvent(this, phoneNumberId, message, exception));
	}

}
