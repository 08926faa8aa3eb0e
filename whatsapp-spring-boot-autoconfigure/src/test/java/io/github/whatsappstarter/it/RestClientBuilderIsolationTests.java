package io.github.whatsappstarter.it;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access token stays on the starter's own client: an application that declares a singleton
 * {@link RestClient.Builder} and calls other hosts with it sends no WhatsApp token there.
 */
class RestClientBuilderIsolationTests {

	private WhatsAppSimulator simulator;

	@BeforeEach
	void start() {
		this.simulator = WhatsAppSimulator.start();
	}

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void anApplicationsSharedRestClientBuilderNeverCarriesTheAccessTokenOrTheBaseUrl() {
		RestClient.Builder shared = RestClient.builder();
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class))
			.withBean(RestClient.Builder.class, () -> shared)
			.withPropertyValues("whatsapp.api.base-url=" + this.simulator.baseUrl(),
					"whatsapp.access-token=" + this.simulator.accessToken(),
					"whatsapp.phone-number-id=" + this.simulator.phoneNumberId())
			.run((context) -> {
				assertThat(context.getBean(WhatsAppOperations.class).send("15550001111", "hi").messageId())
					.isNotBlank();
				// the application's builder, as it would call any other host: the simulator checks the bearer
				String url = this.simulator.baseUrl() + "/v25.0/" + this.simulator.phoneNumberId() + "?fields=id";
				String authorization = shared.build()
					.get()
					.uri(url)
					.exchange((request, response) -> String.valueOf(request.getHeaders().getFirst("Authorization")));
				int status = shared.build()
					.get()
					.uri(url)
					.exchange((request, response) -> response.getStatusCode().value());
				assertThat(authorization).isEqualTo("null");
				assertThat(status).isNotEqualTo(200);
			});
	}

}
