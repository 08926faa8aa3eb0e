package io.github.whatsappstarter.metrics;

import io.github.whatsappstarter.bundling.MessageBundler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Meters of the bundling advisor: {@code whatsapp.bundling.merged} (texts that went out inside a
 * bundle with others), {@code whatsapp.bundling.bundles} (bundled messages sent) and the gauge
 * {@code whatsapp.bundling.pending} (texts waiting in open bundles).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppBundlingMetrics implements MeterBinder {

	private final MessageBundler bundler;

	/**
	 * Creates the binder.
	 * @param bundler the bundler
	 */
	public WhatsAppBundlingMetrics(MessageBundler bundler) {
		Assert.notNull(bundler, "bundler must not be null");
		this.bundler = bundler;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("whatsapp.bundling.merged", this.bundler, (b) -> b.getCounts().getMessagesMerged())
			.description("Texts merged with others into one message")
			.register(registry);
		FunctionCounter.builder("whatsapp.bundling.bundles", this.bundler, (b) -> b.getCounts().getBundlesSent())
			.description("Bundled messages sent")
			.register(registry);
		Gauge.builder("whatsapp.bundling.pending", this.bundler, MessageBundler::getPendingCount)
			.description("Texts waiting in open bundles")
			.register(registry);
	}

}
