package io.github.whatsappstarter.test.autoconfigure;

import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * {@link ApplicationContextInitializer} that binds a simulator to a context built outside the TestContext
 * framework ({@code SpringApplicationBuilder.initializers(..)}, {@code ApplicationContextRunner.withInitializer(..)}):
 * the same binding as {@link AutoConfigureWhatsAppSimulator}, including webhooks to the local web server, without
 * the reset after each test.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String WEB_SERVER_EVENT = "org.springframework.boot.web.server.context.WebServerInitializedEvent";

	private final SimulatorConfig config;

	private final @Nullable String webhookSecret;

	private volatile @Nullable WhatsAppSimulatorBinding binding;

	/**
	 * An initializer for a simulator with this config and no webhooks.
	 * @param config the simulator's settings
	 */
	public WhatsAppSimulatorInitializer(SimulatorConfig config) {
		this(config, null);
	}

	/**
	 * An initializer for a simulator with this config.
	 * @param config the simulator's settings
	 * @param webhookSecret the app secret that signs webhooks to the application, or {@code null} for none
	 */
	public WhatsAppSimulatorInitializer(SimulatorConfig config, @Nullable String webhookSecret) {
		this.config = config;
		this.webhookSecret = webhookSecret;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		WhatsAppSimulatorBinding bound = WhatsAppSimulatorBinding.bind(context, this.config, this.webhookSecret);
		if (bound.sendsWebhooks() && ClassUtils.isPresent(WEB_SERVER_EVENT, context.getClassLoader())) {
			context.addApplicationListener(new WhatsAppSimulatorWebhookConnector(bound));
		}
		this.binding = bound;
	}

	/**
	 * The simulator of the last context this initializer bound.
	 * @return the simulator
	 * @throws IllegalStateException before a context was initialized
	 */
	public WhatsAppSimulator simulator() {
		WhatsAppSimulatorBinding bound = this.binding;
		if (bound == null) {
			throw new IllegalStateException("No context was initialized yet");
		}
		return bound.simulator();
	}

}
