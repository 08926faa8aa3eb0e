package io.github.whatsappstarter.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.metrics.ObservationTaskDecorator;
import io.github.whatsappstarter.metrics.ObservedRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP client's own observation of a send's request is a child of the {@code whatsapp.send}
 * observation, although the pipeline makes the call on another thread than the caller's.
 */
class ObservationAcrossThreadsSimulatorTests {

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ObservationRegistry registry = ObservationRegistry.create();

	private WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	@AfterEach
	void stop() {
		if (this.template != null) {
			this.template.close();
		}
		if (this.simulator != null) {
			this.simulator.close();
		}
	}

	@Test
	void theHttpClientObservationIsAChildOfTheSendObservationForBlockingAndAsyncSends() {
		this.registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				ObservationAcrossThreadsSimulatorTests.this.stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
		this.simulator = WhatsAppSimulator
			.start(SimulatorConfig.builder().latency(Latency.fixed(Duration.ofMillis(20))).build());
		CloudApiClient client = CloudApiClient.builder()
			.restClientBuilder(RestClient.builder().observationRegistry(this.registry))
			.baseUrl(this.simulator.baseUrl())
			.accessToken(this.simulator.accessToken())
			.build();
		this.template = WhatsAppTemplate.builder(client, this.simulator.phoneNumberId())
			.retryOperations(new ObservedRetryOperations(this.registry, WhatsAppRetryOperations.none()))
			.taskDecorator(new ObservationTaskDecorator(this.registry))
			.build();
		this.template.send("15550006001", "blocking");
		this.template.sendAsync(WhatsAppMessage.text("15550006002", "async")).join();
		List<Observation.Context> http = this.stopped.stream()
			.filter((context) -> context.getName().equals("http.client.requests"))
			.toList();
		assertThat(http).hasSize(2).allSatisfy((context) -> {
			assertThat(context.getParentObservation()).isNotNull();
			assertThat(context.getParentObservation().getContextView().getName()).isEqualTo("whatsapp.send");
		});
	}

}
