package io.github.whatsappstarter.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppSendMetricsTests {

	private static final String TO = "+15550001234";

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final WhatsAppSendMetrics metrics = new WhatsAppSendMetrics(this.registry);

	private static WhatsAppException graphError(int status, int code) {
		String body = "{\"error\":{\"message\":\"(#" + code + ") x\",\"type\":\"OAuthException\",\"code\":" + code
				+ "}}";
		return new WhatsAppErrorTranslator().translate(status, body.getBytes(StandardCharsets.UTF_8), TO);
	}

	@Test
	void countsAcceptedMessagesByNumberTypeAndOutcome() {
		SendResult result = SendResult.parse(
				("{\"messages\":[{\"id\":\"wamid.A\"}],"
						+ "\"contacts\":[{\"input\":\"+15550001234\",\"wa_id\":\"15550001234\"}]}")
					.getBytes(StandardCharsets.UTF_8),
				TO);
		this.metrics.onSent("111", WhatsAppMessage.text(TO, "hi"), result, Duration.ofMillis(30));
		this.metrics.onSent("111", WhatsAppMessage.text(TO, "hi"), result, Duration.ofMillis(10));
		assertThat(this.registry.get("whatsapp.messages.sent")
			.tags("phone.number.id", "111", "message.type", "text", "outcome", "success")
			.counter()
			.count()).isEqualTo(2.0);
		assertThat(this.registry.get("whatsapp.send.duration").tags("outcome", "success").timer().count()).isEqualTo(2);
	}

	@Test
	void countsFailuresWithTheGraphCodeAndTheKindOfFailure() {
		this.metrics.onFailed("111", WhatsAppMessage.text(TO, "hi"), graphError(400, 131026), Duration.ofMillis(5));
		this.metrics.onFailed("111", WhatsAppMessage.text(TO, "hi"), graphError(400, 131056), Duration.ofMillis(5));
		assertThat(this.registry.get("whatsapp.messages.failed")
			.tags("error.code", "131026", "outcome", "client")
			.counter()
			.count()).isEqualTo(1.0);
		assertThat(this.registry.get("whatsapp.messages.failed")
			.tags("error.code", "131056", "outcome", "pair_rate_limit")
			.counter()
			.count()).isEqualTo(1.0);
	}

	@Test
	void neverTagsARecipient() {
		this.metrics.onFailed("111", WhatsAppMessage.text(TO, "hi"), graphError(400, 131026), Duration.ofMillis(5));
		for (Meter meter : this.registry.getMeters()) {
			assertThat(meter.getId().getTags()).noneMatch((tag) -> tag.getValue().contains("5550001234"));
		}
	}

}
