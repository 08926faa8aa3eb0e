package io.github.whatsappstarter.test;

import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link WhatsAppSimulator}: registered on a static field it starts before all
 * tests and closes after all, on an instance field it lives for one test; either way it is reset before each
 * test and can be injected as a {@code WhatsAppSimulator} parameter. Everything, including a
 * {@link io.github.whatsappstarter.test.simulator.Latency}, comes from the config, e.g.
 * {@code withConfig(SimulatorConfig.builder().latency(Latency.lognormal(Duration.ofMillis(300), 0.4)).build())};
 * a latency changed at runtime is restored before the next test.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppSimulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private final SimulatorConfig config;

	private WhatsAppSimulator simulator;

	private boolean perTest;

	private WhatsAppSimulatorExtension(SimulatorConfig config) {
		this.config = config;
	}

	/**
	 * An extension with the default config.
	 * @return the extension
	 */
	public static WhatsAppSimulatorExtension withDefaults() {
		return new WhatsAppSimulatorExtension(SimulatorConfig.defaults());
	}

	/**
	 * An extension with this config.
	 * @param config the simulator config
	 * @return the extension
	 */
	public static WhatsAppSimulatorExtension withConfig(SimulatorConfig config) {
		return new WhatsAppSimulatorExtension(config);
	}

	/**
	 * The running simulator.
	 * @return the simulator, started on first use
	 */
	public synchronized WhatsAppSimulator simulator() {
		if (this.simulator == null) {
			this.simulator = WhatsAppSimulator.start(this.config);
		}
		return this.simulator;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		simulator();
	}

	@Override
	public synchronized void beforeEach(ExtensionContext context) {
		if (this.simulator == null) {
			this.perTest = true;
		}
		simulator().reset();
	}

	@Override
	public synchronized void afterEach(ExtensionContext context) {
		if (this.perTest) {
			close();
		}
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) {
		close();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == WhatsAppSimulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return simulator();
	}

	private void close() {
		if (this.simulator != null) {
			this.simulator.close();
			this.simulator = null;
		}
	}

}
