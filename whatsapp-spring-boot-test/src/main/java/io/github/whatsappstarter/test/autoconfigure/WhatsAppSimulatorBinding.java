package io.github.whatsappstarter.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.whatsappstarter.test.WhatsAppSimulatorProperties;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.Assert;

/**
 * A {@link WhatsAppSimulator} tied to one application context: started before the context's configuration is
 * read, the starter's properties pointed at it, registered as the {@value #SIMULATOR_BEAN_NAME} bean and closed
 * with the context (also when its refresh fails). Optionally it posts signed webhooks to the application once
 * its web server is up ({@link WhatsAppSimulatorWebhookConnector}). Used by
 * {@link AutoConfigureWhatsAppSimulator} and by applications that embed a simulator for local runs.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppSimulatorBinding {

	/** Name of the simulator bean. */
	public static final String SIMULATOR_BEAN_NAME = "whatsAppSimulator";

	/** Name of the binding bean. */
	public static final String BINDING_BEAN_NAME = "whatsAppSimulatorBinding";

	/** Name of the property source that points the starter at the simulator. */
	public static final String PROPERTY_SOURCE_NAME = "whatsAppSimulator";

	/** Spring's inlined test properties ({@code @SpringBootTest(properties = ...)}), which win over the simulator's. */
	private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

	private final WhatsAppSimulator simulator;

	private final ConfigurableEnvironment environment;

	private final @Nullable String webhookSecret;

	private volatile @Nullable String webhookUrl;

	private WhatsAppSimulatorBinding(WhatsAppSimulator simulator, ConfigurableEnvironment environment,
			@Nullable String webhookSecret) {
		this.simulator = simulator;
		this.environment = environment;
		this.webhookSecret = webhookSecret;
	}

	/**
	 * Start a simulator for a context that is not refreshed yet and tie it to the context.
	 * @param context the context, before its refresh (e.g. in an {@code ApplicationContextInitializer})
	 * @param config the simulator's settings
	 * @param webhookSecret the app secret to sign webhooks with, or {@code null} for no webhooks
	 * @return the binding
	 */
	public static WhatsAppSimulatorBinding bind(ConfigurableApplicationContext context, SimulatorConfig config,
			@Nullable String webhookSecret) {
		Assert.state(!context.isActive(), "The simulator must be bound before the context is refreshed");
		WhatsAppSimulator simulator = WhatsAppSimulator.start(config);
		WhatsAppSimulatorBinding binding = new WhatsAppSimulatorBinding(simulator, context.getEnvironment(),
				webhookSecret);
		binding.addPropertySource();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(SIMULATOR_BEAN_NAME, simulator);
		beanFactory.registerSingleton(BINDING_BEAN_NAME, binding);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(SIMULATOR_BEAN_NAME, (DisposableBean) simulator::close);
		}
		else {
			context.addApplicationListener((ContextClosedEvent event) -> {
				if (event.getApplicationContext() == context) {
					simulator.close();
				}
			});
		}
		return binding;
	}

	private void addPropertySource() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(WhatsAppSimulatorProperties.BASE_URL, this.simulator.baseUrl());
		properties.put(WhatsAppSimulatorProperties.PHONE_NUMBER_ID, this.simulator.phoneNumberId());
		properties.put(WhatsAppSimulatorProperties.ACCESS_TOKEN, this.simulator.accessToken());
		properties.put(WhatsAppSimulatorProperties.BUSINESS_ACCOUNT_ID, this.simulator.businessAccountId());
		if (this.webhookSecret != null) {
			properties.put(WhatsAppSimulatorProperties.WEBHOOK_APP_SECRET, this.webhookSecret);
		}
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		MutablePropertySources sources = this.environment.getPropertySources();
		if (sources.contains(INLINED_TEST_PROPERTIES)) {
			sources.addAfter(INLINED_TEST_PROPERTIES, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	/**
	 * The running simulator.
	 * @return the simulator
	 */
	public WhatsAppSimulator simulator() {
		return this.simulator;
	}

	/**
	 * Whether the simulator posts webhooks to the application.
	 * @return whether a webhook secret was given
	 */
	public boolean sendsWebhooks() {
		return this.webhookSecret != null;
	}

	/**
	 * Point the simulator's webhooks at the application's endpoint on this local port
	 * ({@code server.servlet.context-path} + {@code whatsapp.webhook.path}); does nothing without a webhook
	 * secret.
	 * @param port the port of the application's web server
	 */
	public void connectWebhooks(int port) {
		if (this.webhookSecret == null) {
			return;
		}
		String url = "http://127.0.0.1:" + port + this.environment.getProperty("server.servlet.context-path", "")
				+ this.environment.getProperty("whatsapp.webhook.path", "/whatsapp/webhook");
		this.webhookUrl = url;
		this.simulator.webhooks().configure(url, this.webhookSecret);
	}

	/**
	 * Where the simulator posts webhooks.
	 * @return the callback URL, or {@code null} before {@link #connectWebhooks(int)}
	 */
	public @Nullable String webhookUrl() {
		return this.webhookUrl;
	}

	/**
	 * Reset the simulator ({@link WhatsAppSimulator#reset()}: records, faults, limiter state, runtime changes)
	 * and keep posting webhooks to the application.
	 */
	public void reset() {
		this.simulator.reset();
		String url = this.webhookUrl;
		if (url != null && this.webhookSecret != null) {
			this.simulator.webhooks().configure(url, this.webhookSecret);
		}
	}

	@Override
	public String toString() {
		return "WhatsAppSimulatorBinding[" + this.simulator + ", webhooks=" + this.webhookUrl + "]";
	}

}
