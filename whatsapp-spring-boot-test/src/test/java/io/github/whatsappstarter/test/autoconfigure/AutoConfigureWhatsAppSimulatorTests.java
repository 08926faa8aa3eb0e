package io.github.whatsappstarter.test.autoconfigure;

import java.time.Duration;

import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureWhatsAppSimulator} in a Spring Boot test: the simulator bean, the properties pointing at it,
 * its attributes, and the reset after each test.
 */
@SpringBootTest(classes = AutoConfigureWhatsAppSimulatorTests.App.class)
@AutoConfigureWhatsAppSimulator(throughput = 2, pairBurst = 1, pairInterval = "10s", latency = "50ms",
		accessToken = "kit-token")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureWhatsAppSimulatorTests {

	@Autowired
	private WhatsAppSimulator simulator;

	@Autowired
	private Environment environment;

	@Autowired
	private ApplicationContext context;

	@Test
	@Order(1)
	void pointsTheStarterPropertiesAtTheSimulatorBean() {
		assertThat(this.environment.getProperty("whatsapp.api.base-url")).isEqualTo(this.simulator.baseUrl())
			.startsWith("http://127.0.0.1:");
		assertThat(this.environment.getProperty("whatsapp.phone-number-id")).isEqualTo(this.simulator.phoneNumberId());
		assertThat(this.environment.getProperty("whatsapp.access-token")).isEqualTo("kit-token");
		assertThat(this.environment.containsProperty("whatsapp.webhook.app-secret")).isFalse();
	}

	@Test
	@Order(2)
	void conditionsOnThePropertiesSeeTheSimulatorBecauseItStartsBeforeTheConfigurationIsRead() {
		assertThat(this.context.containsBean("needsAPhoneNumberId")).isTrue();
	}

	@Test
	@Order(3)
	void theSimulatorEnforcesTheAttributesAndRecordsWhatItWasSent() throws Exception {
		assertThat(this.simulator.latency()).isEqualTo(Latency.fixed(Duration.ofMillis(50)));
		assertThat(CloudApiCalls.sendText(this.environment, "15550000001", "one")).isEqualTo(200);
		assertThat(CloudApiCalls.sendText(this.environment, "15550000001", "two")).isEqualTo(400); // pair burst 1
		assertThat(CloudApiCalls.sendText(this.environment, "15550000002", "three")).isEqualTo(200);
		assertThat(CloudApiCalls.sendText(this.environment, "15550000003", "four")).isEqualTo(400); // 2 per second
		assertThat(this.simulator.recorder().countsByErrorCode()).containsEntry(131056, 1L).containsEntry(130429, 1L);
		this.simulator.faults().inject(Fault.serverError());
		this.simulator.limits().throughput(1000);
	}

	@Test
	@Order(4)
	void theNextTestFindsTheSimulatorResetAfterThePreviousOne() throws Exception {
		assertThat(this.simulator.recorder().records()).isEmpty();
		assertThat(CloudApiCalls.sendText(this.environment, "15550000001", "again")).isEqualTo(200);
		assertThat(CloudApiCalls.sendText(this.environment, "15550000004", "five")).isEqualTo(200);
		assertThat(CloudApiCalls.sendText(this.environment, "15550000005", "six")).isEqualTo(400);
	}

	@Nested
	@SpringBootTest(classes = AutoConfigureWhatsAppSimulatorTests.App.class,
			properties = "whatsapp.access-token=the-tests-own-token")
	class PropertiesOfTheTest {

		@Test
		void winOverTheSimulatorsProperties(@Autowired Environment environment, @Autowired WhatsAppSimulator simulator) {
			assertThat(environment.getProperty("whatsapp.access-token")).isEqualTo("the-tests-own-token");
			assertThat(simulator.accessToken()).isEqualTo("kit-token");
			assertThat(environment.getProperty("whatsapp.api.base-url")).isEqualTo(simulator.baseUrl());
		}

	}

	@SpringBootConfiguration
	@Import(ConditionalConfiguration.class)
	static class App {

	}

	@ConditionalOnProperty("whatsapp.phone-number-id")
	static class ConditionalConfiguration {

		@Bean
		String needsAPhoneNumberId() {
			return "present";
		}

	}

}
