package io.github.whatsappstarter.bundling;

import java.time.Duration;

import io.github.whatsappstarter.message.MessageLimits;

import org.springframework.util.Assert;

/**
 * How a {@link MessageBundler} merges texts: how long the first text of a bundle waits for more,
 * the separator between merged texts, and the most texts per bundle. A bundle never exceeds
 * {@value MessageLimits#TEXT_BODY_MAX_LENGTH} characters.
 *
 * @param window how long a bundle stays open after its first text
 * @param separator what is put between two merged texts
 * @param maxMessages the most texts merged into one message
 * @param shutdownTimeout how long a graceful shutdown waits for flushed bundles to be sent
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record BundlingSettings(Duration window, String separator, int maxMessages, Duration shutdownTimeout) {

	/** The default window: how long a bundle stays open after its first text. */
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);

	/** The default separator between two merged texts: a blank line. */
	public static final String DEFAULT_SEPARATOR = "\n\n";

	/** The default most texts merged into one message. */
	public static final int DEFAULT_MAX_MESSAGES = 10;

	/** The default time a graceful shutdown waits for the last bundles to be sent. */
	public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Checks the values.
	 */
	public BundlingSettings {
		Assert.isTrue(window != null && !window.isNegative(), "window must not be negative");
		Assert.notNull(separator, "separator must not be null");
		Assert.isTrue(separator.length() < MessageLimits.TEXT_BODY_MAX_LENGTH / 2, "separator is too long");
		Assert.isTrue(maxMessages >= 1, "maxMessages must be at least 1");
		Assert.isTrue(shutdownTimeout != null && !shutdownTimeout.isNegative(),
				"shutdownTimeout must not be negative");
	}

	/**
	 * Returns the defaults, the same as those of the {@code whatsapp.bundling.*} properties: a 1 s
	 * window, a blank line between texts, at most 10 texts per bundle, 10 s to send the last bundles
	 * on shutdown.
	 * @return the default settings
	 */
	public static BundlingSettings defaults() {
		return new BundlingSettings(DEFAULT_WINDOW, DEFAULT_SEPARATOR, DEFAULT_MAX_MESSAGES, DEFAULT_SHUTDOWN_TIMEOUT);
	}

}
