package io.github.whatsappstarter.metrics;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.WhatsAppRetryListener;
import io.github.whatsappstarter.retry.WhatsAppRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.support.Futures;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link WhatsAppRetryOperations} that wraps the whole send (retries, limiter waits, HTTP
 * attempts) in an {@link Observation} named {@value #NAME}, blocking and asynchronous sends alike.
 * Each attempt starts inside the observation's scope, so an {@link ObservationTaskDecorator} can
 * carry it to the thread that makes the HTTP call, whose own observation then becomes its child. Low-cardinality keys only: {@code whatsapp.operation},
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
		Observation observation = start(message);
		try (Observation.Scope scope = observation.openScope()) {
			T result = this.delegate.execute(phoneNumberId, message, attempt);
			stop(observation, null);
			return result;
		}
		catch (RuntimeException ex) {
			stop(observation, ex);
			throw ex;
		}
	}

	@Override
	public <T> CompletableFuture<T> executeAsync(String phoneNumberId, WhatsAppMessage message,
			Supplier<CompletableFuture<T>> attempt, ScheduledExecutorService scheduler) {
		Observation observation = start(message);
		CompletableFuture<T> outcome;
		try (Observation.Scope scope = observation.openScope()) {
			outcome = this.delegate.executeAsync(phoneNumberId, message, () -> {
				try (Observation.Scope attemptScope = observation.openScope()) {
					return attempt.get();
				}
			}, scheduler);
		}
		catch (RuntimeException ex) {
			stop(observation, ex);
			throw ex;
		}
		return outcome.whenComplete((result, failure) -> stop(observation, failure));
	}

	private Observation start(WhatsAppMessage message) {
		return Observation.createNotStarted(NAME, this.registry)
			.contextualName("whatsapp send")
			.lowCardinalityKeyValue("whatsapp.operation", "send")
			.lowCardinalityKeyValue("whatsapp.message.type", message.type().value())
			.start();
	}

	private static void stop(Observation observation, @Nullable Throwable failure) {
		Throwable cause = Futures.unwrap(failure);
		if (cause == null) {
			observation.lowCardinalityKeyValue("outcome", Outcomes.SUCCESS);
		}
		else {
			observation.lowCardinalityKeyValue("outcome", Outcomes.of(cause));
			observation.error(cause);
		}
		observation.stop();
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
