package io.github.whatsappstarter.metrics;

import java.time.Duration;
import java.util.Locale;

import io.github.whatsappstarter.retry.RetryClass;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppRetryListener} that counts retries as {@code whatsapp.retry.attempts}, tagged
 * with {@code retry.class} (e.g. {@code pair_rate}) and {@code phone.number.id}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppRetryMetrics implements WhatsAppRetryListener {

	/** Counter of retried attempts. */
	public static final String ATTEMPTS = "whatsapp.retry.attempts";

	private final MeterRegistry registry;

	/**
	 * Creates the listener.
	 * @param registry where the meters are registered
	 */
	public WhatsAppRetryMetrics(MeterRegistry registry) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
	}

	@Override
	public void onRetry(@Nullable String phoneNumberId, RetryClass retryClass, int failedAttempts, Throwable failure,
			Duration backoff) {
		Counter.builder(ATTEMPTS)
			.description("Send attempts that failed and are retried")
			.tag("retry.class", retryClass.name().toLowerCase(Locale.ROOT))
			.tag("phone.number.id", (phoneNumberId != null) ? phoneNumberId : "none")
			.register(this.registry)
			.increment();
	}

}
