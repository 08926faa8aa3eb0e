package io.github.whatsappstarter.metrics;

import java.time.Duration;

import io.github.whatsappstarter.client.WhatsAppSendListener;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppSendListener} that counts sends ({@code whatsapp.messages.sent},
 * {@code whatsapp.messages.failed}) and times them ({@code whatsapp.send.duration}, including
 * limiter waits and retries). Tags: {@code phone.number.id}, {@code message.type},
 * {@code outcome}, and {@code error.code} on failures; never the recipient.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSendMetrics implements WhatsAppSendListener {

	/** Counter of messages Meta accepted. */
	public static final String SENT = "whatsapp.messages.sent";

	/** Counter of messages that finally failed. */
	public static final String FAILED = "whatsapp.messages.failed";

	/** Timer of whole sends. */
	public static final String DURATION = "whatsapp.send.duration";

	private final MeterRegistry registry;

	/**
	 * Creates the listener.
	 * @param registry where the meters are registered
	 */
	public WhatsAppSendMetrics(MeterRegistry registry) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
	}

	@Override
	public void onSent(String phoneNumberId, WhatsAppMessage message, SendResult result, Duration duration) {
		Tags tags = tags(phoneNumberId, message, Outcomes.SUCCESS);
		Counter.builder(SENT).description("Messages accepted by the Cloud API").tags(tags).register(this.registry)
			.increment();
		time(tags, duration);
	}

	@Override
	public void onFailed(String phoneNumberId, WhatsAppMessage message, WhatsAppException exception,
			Duration duration) {
		Tags tags = tags(phoneNumberId, message, Outcomes.of(exception));
		Counter.builder(FAILED)
			.description("Messages that finally failed, after retries")
			.tags(tags)
			.tag("error.code", Outcomes.errorCode(exception))
			.register(this.registry)
			.increment();
		time(tags, duration);
	}

	private void time(Tags tags, Duration duration) {
		Timer.builder(DURATION)
			.description("Time of a send including rate-limit waits and retries")
			.tags(tags)
			.register(this.registry)
			.record(duration);
	}

	private static Tags tags(String phoneNumberId, WhatsAppMessage message, String outcome) {
		return Tags.of("phone.number.id", phoneNumberId, "message.type", message.type().value(), "outcome", outcome);
	}

}
