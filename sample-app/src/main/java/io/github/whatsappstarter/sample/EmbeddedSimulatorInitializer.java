package io.github.whatsappstarter.sample;

import java.time.Duration;
import java.util.Map;

import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the Cloud API simulator on a free loopback port before the application's beans are
 * created, points {@code whatsapp.api.base-url}, {@code whatsapp.phone-number-id} and
 * {@code whatsapp.access-token} at it, and, once the web server is up, tells it to post signed
 * status webhooks to this application. Active unless {@code sample.simulator.enabled=false}.
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
		WhatsAppSimulator simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.throughputPerSecond(environment.getProperty("sample.simulator.throughput", Integer.class, 80))
			.pairBurst(environment.getProperty("sample.simulator.pair-burst", Integer.class, 45))
			.pairInterval(environment.getProperty("sample.simulator.pair-interval", Duration.class,
					Duration.ofSeconds(6)))
			.build());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedWhatsAppSimulator",
					Map.of("whatsapp.api.base-url", simulator.baseUrl(), "whatsapp.phone-number-id",
							simulator.phoneNumberId(), "whatsapp.access-token", simulator.accessToken())));
		logger.info("Embedded WhatsApp Cloud API simulator listening on " + simulator.baseUrl());
		context.getBeanFactory().registerSingleton("embeddedWhatsAppSimulator", simulator);
		context.addApplicationListener((event) -> {
			if (event instanceof WebServerInitializedEvent initialized
					&& environment.containsProperty("whatsapp.webhook.app-secret")) {
				String url = "http://127.0.0.1:" + initialized.getWebServer().getPort()
						+ environment.getProperty("whatsapp.webhook.path", "/whatsapp/webhook");
				simulator.webhooks().configure(url, environment.getProperty("whatsapp.webhook.app-secret"));
				logger.info("The simulator posts signed status webhooks to " + url);
			}
			else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				simulator.close();
			}
		});
	}

}
