package io.github.whatsappstarter.sample;

import java.time.Duration;

import io.github.whatsappstarter.test.autoconfigure.WhatsAppSimulatorInitializer;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the Cloud API simulator on a free loopback port before the application's beans are
 * created, points {@code whatsapp.api.base-url}, {@code whatsapp.phone-number-id},
 * {@code whatsapp.access-token} and {@code whatsapp.business-account-id} at it, and, once the web
 * server is up, tells it to post status webhooks signed with {@code whatsapp.webhook.app-secret} to
 * this application; the simulator is closed with the application. Active unless
 * {@code sample.simulator.enabled=false}. The binding is the one the test kit's
 * {@code @AutoConfigureWhatsAppSimulator} uses.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class EmbeddedSimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(EmbeddedSimulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.getProperty("sample.simulator.enabled", Boolean.class, true)) {
			return;
		}
		SimulatorConfig config = SimulatorConfig.builder()
			.throughputPerSecond(environment.getProperty("sample.simulator.throughput", Integer.class, 80))
			.pairBurst(environment.getProperty("sample.simulator.pair-burst", Integer.class, 45))
			.pairInterval(environment.getProperty("sample.simulator.pair-interval", Duration.class,
					Duration.ofSeconds(6)))
			.build();
		WhatsAppSimulatorInitializer simulator = new WhatsAppSimulatorInitializer(config,
				environment.getProperty("whatsapp.webhook.app-secret"));
		simulator.initialize(context);
		logger.info("Embedded WhatsApp Cloud API simulator listening on " + simulator.simulator().baseUrl()
				+ (environment.containsProperty("whatsapp.webhook.app-secret")
						? "; it posts signed status webhooks to this application once its web server is up" : ""));
	}

}
