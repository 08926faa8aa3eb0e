package io.github.whatsappstarter.test.autoconfigure;

import java.io.IOException;
import java.net.ConnectException;

import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The simulator lives exactly as long as the context it is bound to.
 */
class WhatsAppSimulatorBindingTests {

	@Test
	void theSimulatorAnswersWhileTheContextRunsAndIsClosedWithIt() throws Exception {
		WhatsAppSimulatorInitializer initializer = new WhatsAppSimulatorInitializer(SimulatorConfig.defaults());
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		initializer.initialize(context);
		context.refresh();
		WhatsAppSimulator simulator = context.getBean(WhatsAppSimulator.class);
		assertThat(simulator).isSameAs(initializer.simulator());
		assertThat(CloudApiCalls.sendText(context.getEnvironment(), "15550000001", "hi")).isEqualTo(200);

		context.close();

		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> CloudApiCalls.sendText(context.getEnvironment(), "15550000001", "hi"));
	}

	@Test
	void theSimulatorIsClosedWhenTheContextFailsToStart() throws IOException {
		WhatsAppSimulatorInitializer initializer = new WhatsAppSimulatorInitializer(SimulatorConfig.defaults());
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.register(Failing.class);
		initializer.initialize(context);

		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(context::refresh);

		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> CloudApiCalls.sendText(context.getEnvironment(), "15550000001", "hi"));
	}

	@Test
	void aContextThatIsAlreadyRunningIsRefused() {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.refresh();
		try {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> WhatsAppSimulatorBinding.bind(context, SimulatorConfig.defaults(), null));
		}
		finally {
			context.close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Failing {

		@Bean
		String failing() {
			throw new IllegalStateException("does not start");
		}

	}

}
