package io.github.whatsappstarter.management;

import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.ratelimit.WhatsAppRateLimitAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryAutoConfiguration;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.management.template.TemplateQuery;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.GraphError;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link WhatsAppOperations} manages the account configured by
 * {@code whatsapp.business-account-id}; its management calls bypass the throughput limiter and the
 * retry policy that messages go through.
 */
class ManagementAutoConfigurationSimulatorTests {

	private final WhatsAppSimulator simulator = WhatsAppSimulator
		.start(SimulatorConfig.builder().limitsEnabled(false).build());

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WhatsAppAutoConfiguration.class, WhatsAppRetryAutoConfiguration.class,
				WhatsAppRateLimitAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=" + this.simulator.phoneNumberId(),
				"whatsapp.access-token=" + this.simulator.accessToken(),
				"whatsapp.api.base-url=" + this.simulator.baseUrl(),
				"whatsapp.business-account-id=" + this.simulator.businessAccountId(),
				"whatsapp.rate-limit.backend=local", "whatsapp.rate-limit.throughput.messages-per-second=1");

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void managementCallsTakeNoThroughputSlot() {
		this.runner.run((context) -> {
			WhatsAppOperations whatsApp = context.getBean(WhatsAppOperations.class);
			whatsApp.send("+15550001111", "takes the only slot of this second");

			long start = System.nanoTime();
			for (int i = 0; i < 5; i++) {
				whatsApp.templates().list(TemplateQuery.all());
				whatsApp.profile().get();
			}

			// ten calls at 1 message per second would take more than nine seconds if they took slots
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(this.simulator.recorder().managementCalls()).hasSize(10);
		});
	}

	@Test
	void anAppRateLimitAnswerIsThrownWithItsWaitAndNotRetriedAlthoughSendsWouldRetryIt() {
		this.runner.run((context) -> {
			WhatsAppOperations whatsApp = context.getBean(WhatsAppOperations.class);
			this.simulator.faults()
				.inject(Fault.graphError(GraphError.of(4, "Application request limit reached"))
					.withHeader("Retry-After", "1")
					.times(1));

			assertThatExceptionOfType(ApiRateLimitException.class).isThrownBy(() -> whatsApp.phoneNumbers().list())
				.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
			assertThat(this.simulator.recorder().managementCalls()).hasSize(1);
		});
	}

	@Test
	void theAccessTokenNeverAppearsInTheManagementOperations() {
		this.runner.run((context) -> {
			WhatsAppOperations whatsApp = context.getBean(WhatsAppOperations.class);
			assertThat(String.valueOf(whatsApp.templates()) + whatsApp.phoneNumbers() + whatsApp.profile()
					+ whatsApp.blocking()).doesNotContain(this.simulator.accessToken())
				.contains(this.simulator.businessAccountId());
		});
	}

}
