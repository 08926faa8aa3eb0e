package io.github.whatsappstarter.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Adds lowest-precedence defaults that register the starter's custom health statuses with Boot:
 * the order {@code DOWN, OUT_OF_SERVICE, DEGRADED, LIMITED, RATE_LIMITED, UP, UNKNOWN} and HTTP 200
 * for {@code DEGRADED}, {@code LIMITED} and {@code RATE_LIMITED}. Boot drops its own mapping ({@code DOWN} and
 * {@code OUT_OF_SERVICE} to 503) once any mapping is set, so those two are repeated. Any value
 * the application sets wins, key by key.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppHealthStatusEnvironmentPostProcessor implements EnvironmentPostProcessor {

	/**
	 * The name of the added property source.
	 */
	public static final String PROPERTY_SOURCE_NAME = "whatsappHealthStatusDefaults";

	private static final String STATUS = "management.endpoint.health.status.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put(STATUS + "order", "DOWN,OUT_OF_SERVICE,DEGRADED,LIMITED,RATE_LIMITED,UP,UNKNOWN");
		defaults.put(STATUS + "http-mapping.down", 503);
		defaults.put(STATUS + "http-mapping.out-of-service", 503);
		defaults.put(STATUS + "http-mapping.degraded", 200);
		defaults.put(STATUS + "http-mapping.limited", 200);
		defaults.put(STATUS + "http-mapping.rate-limited", 200);
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

}
