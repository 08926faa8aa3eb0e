package io.github.whatsappstarter.metrics;

import java.util.List;
import java.util.function.Supplier;

import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppRetryOperations} that wraps the whole send (retries, limiter waits, HTTP
 * attempts) in an {@link Observation} named {@value #NAME}, so the HTTP client's observations
 * become its children in a trace. Low-cardinality keys only: {@code whatsapp.operation},
 * {@code whatsapp.message.type}, {@code outcome}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class ObservedRetryOperations implements WhatsAppRetryOperations {

	/** The observation name. */
	public static final String NAME = "whatsapp.send";

	private final ObservationRegistry registry;

	private final WhatsAppRetryOperations delegate;

	/**
	 * Creates the operations.
	 * @param registry the observation registry
	 * @param delegate the retry operations that run inside the observation
	 */
	public ObservedRetryOperations(ObservationRegistry registry, WhatsAppRetryOperations delegate) {
		Assert.notNull(registry, "registry must not be null");
		Assert.notNull(delegate, "delegate must not be null");
		this.registry = registry;
		this.delegate = delegate;
	}

	@Override
	public <T> T execute(String phoneNumberId, WhatsAppMessage message, Supplier<T> attempt) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("whatsapp send")
			.lowCardinalityKeyValue("whatsapp.operation", "send")
			.lowCardinalityKeyValue("whatsapp.message.type", message.type().value())
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			T result = this.delegate.execute(phoneNumberId, message, attempt);
			observation.lowCardinalityKeyValue("outcome", Outcomes.SUCCESS);
			return result;
		}
		catch (RuntimeException ex) {
			observation.lowCardinalityKeyValue("outcome", Outcomes.of(ex));
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	@Override
	public @Nullable WhatsAppRetryPolicy getPolicy() {
		return this.delegate.getPolicy();
	}

	@Override
	public List<WhatsAppRetryListener> getListeners() {
		return this.delegate.getListeners();
	}

}
