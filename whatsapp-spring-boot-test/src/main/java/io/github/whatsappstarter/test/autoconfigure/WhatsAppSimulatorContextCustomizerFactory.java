package io.github.whatsappstarter.test.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * {@link ContextCustomizerFactory} that binds a simulator to the context of a test class annotated with
 * {@link AutoConfigureWhatsAppSimulator} (directly, through a meta-annotation, a superclass or an enclosing class).
 */
class WhatsAppSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureWhatsAppSimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureWhatsAppSimulator.class);
		return (annotation != null) ? new Customizer(SimulatorAttributes.of(annotation)) : null;
	}

	/**
	 * Starts the simulator for the context; equal attributes give equal customizers, so the context cache shares
	 * the context (and its simulator) between test classes with the same attributes.
	 */
	private record Customizer(SimulatorAttributes attributes) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			WhatsAppSimulatorBinding.bind(context, this.attributes.toConfig(), this.attributes.webhookSecret());
		}

		@Override
		public String toString() {
			return "WhatsAppSimulatorContextCustomizer[throughput=" + this.attributes.throughput() + ", latency="
					+ this.attributes.latency() + ", webhooks=" + this.attributes.webhooks() + "]";
		}

	}

}
