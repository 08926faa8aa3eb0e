package io.github.whatsappstarter.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.core.task.TaskDecorator;
import org.springframework.util.Assert;

/**
 * {@link TaskDecorator} that carries the observation current when a task is decorated over to the
 * thread that runs it, so the HTTP client's observation of a send's request becomes a child of the
 * {@value ObservedRetryOperations#NAME} observation although the call runs on another thread.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public class ObservationTaskDecorator implements TaskDecorator {

	private final ObservationRegistry registry;

	/**
	 * Creates a decorator.
	 * @param registry the registry whose current observation is carried over
	 */
	public ObservationTaskDecorator(ObservationRegistry registry) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
	}

	@Override
	public Runnable decorate(Runnable runnable) {
		Observation current = this.registry.getCurrentObservation();
		if (current == null) {
			return runnable;
		}
		return () -> {
			try (Observation.Scope scope = current.openScope()) {
				runnable.run();
			}
		};
	}

}
