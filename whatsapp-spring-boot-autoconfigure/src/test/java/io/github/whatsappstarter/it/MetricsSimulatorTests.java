package io.github.whatsappstarter.it;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.simulator.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Meter values after a known load through the auto-configured template, read over
 * {@code /actuator/metrics} and from the registry. A phone-number id per test keeps the counts
 * apart from other tests sharing the context.
 */
class MetricsSimulatorTests extends HealthTestBase {

	private static final String NUMBER = "100000000000777";

	private static final String COUNTED_NUMBER = "100000000000778";

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private MeterRegistry registry;

	@Test
	void countsFiveSentAndOneFailedWithItsErrorCode() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.whatsApp.send(COUNTED_NUMBER, WhatsAppMessage.text("+1555000710" + i, "hello " + i));
		}
		this.simulator.faults().inject(Fault.graphError(131026).forRecipient("+15550007199").times(1));
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.whatsApp.send(COUNTED_NUMBER, WhatsAppMessage.text("+15550007199", "lost")));

		JsonNode sent = HealthItSupport
			.get(this.port, "/actuator/metrics/whatsapp.messages.sent?tag=phone.number.id:" + COUNTED_NUMBER)
			.json();
		assertThat(sent.path("measurements").get(0).path("value").asDouble()).isEqualTo(5.0);
		JsonNode failed = HealthItSupport
			.get(this.port, "/actuator/metrics/whatsapp.messages.failed?tag=phone.number.id:" + COUNTED_NUMBER
					+ "&tag=error.code:131026&tag=outcome:client&tag=message.type:text")
			.json();
		assertThat(failed.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
		assertThat(this.registry.get("whatsapp.send.duration").tag("phone.number.id", COUNTED_NUMBER).timers())
			.extracting((timer) -> timer.count())
			.containsExactlyInAnyOrder(5L, 1L);
		assertThat(this.registry.get("whatsapp.ratelimit.wait").tags("limit", "pair", "phone.number.id", COUNTED_NUMBER)
			.timer()
			.count()).isEqualTo(6);
	}

	@Test
	void countsRetriesByClass() {
		double before = retries("transient");
		this.simulator.faults().inject(Fault.serverError().forRecipient("+15550007301").times(1));
		this.whatsApp.send(NUMBER, WhatsAppMessage.text("+15550007301", "second time lucky"));
		assertThat(retries("transient") - before).isEqualTo(1.0);
	}

	@Test
	void observesEachSendWithLowCardinalityTags() {
		this.whatsApp.send(NUMBER, WhatsAppMessage.text("+15550007401", "observed"));
		assertThat(this.registry.get("whatsapp.send").tags("whatsapp.message.type", "text", "outcome", "success")
			.timer()
			.count()).isPositive();
		this.registry.getMeters()
			.forEach((meter) -> assertThat(meter.getId().getTags())
				.noneMatch((tag) -> tag.getValue().contains("555000740")));
	}

	private double retries(String retryClass) {
		var counter = this.registry.find("whatsapp.retry.attempts").tag("retry.class", retryClass).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
