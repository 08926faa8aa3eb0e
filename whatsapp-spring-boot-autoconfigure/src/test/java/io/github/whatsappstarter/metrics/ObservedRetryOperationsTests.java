package io.github.whatsappstarter.metrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ObservedRetryOperationsTests {

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ObservationRegistry registry = ObservationRegistry.create();

	private final ObservedRetryOperations operations;

	ObservedRetryOperationsTests() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				ObservedRetryOperationsTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
		this.operations = new ObservedRetryOperations(this.registry, WhatsAppRetryOperations.none());
	}

	@Test
	void observesASuccessfulSendWithLowCardinalityKeysAndTheObservationInScope() {
		Observation[] current = new Observation[1];
		String result = this.operations.execute("111", WhatsAppMessage.text("+15550001234", "hi"), () -> {
			current[0] = this.registry.getCurrentObservation();
			return "ok";
		});
		assertThat(result).isEqualTo("ok");
		assertThat(current[0]).isNotNull();
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getName()).isEqualTo("whatsapp.send");
			assertThat(context.getLowCardinalityKeyValues()).containsExactlyInAnyOrder(
					KeyValue.of("whatsapp.operation", "send"), KeyValue.of("whatsapp.message.type", "text"),
					KeyValue.of("outcome", "success"));
			assertThat(context.getHighCardinalityKeyValues()).isEmpty();
		});
	}

	@Test
	void observesAFailedSendWithItsOutcomeAndError() {
		WhatsAppException failure = new WhatsAppErrorTranslator().translate(400,
				"{\"error\":{\"message\":\"x\",\"code\":131026}}".getBytes(StandardCharsets.UTF_8), "+15550001234");
		assertThatExceptionOfType(WhatsAppException.class).isThrownBy(() -> this.operations.execute("111",
				WhatsAppMessage.text("+15550001234", "hi"), () -> {
					throw failure;
				}));
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("client");
			assertThat(context.getError()).isSameAs(failure);
		});
	}

}
