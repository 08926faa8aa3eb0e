package io.github.whatsappstarter.autoconfigure.bundling;

import java.time.Duration;

import io.github.whatsappstarter.bundling.BundlingSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for message bundling ({@code whatsapp.bundling.*}): consecutive texts to
 * the same recipient within the window are sent as one message. Their defaults are the library's
 * ({@link BundlingSettings}'s {@code DEFAULT_*} constants), listed for the IDE in
 * {@code additional-spring-configuration-metadata.json}, which a test compares with the constants.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties(WhatsAppBundlingProperties.PREFIX)
public class WhatsAppBundlingProperties {

	/**
	 * The prefix of these properties.
	 */
	public static final String PREFIX = "whatsapp.bundling";

	/**
	 * Whether texts sent through the WhatsAppOperations bean are bundled. Off by default: a
	 * bundled send waits up to the window before it goes out.
	 */
	private boolean enabled = false;

	/**
	 * How long a bundle stays open after its first text; later texts to the same recipient within
	 * it are merged.
	 */
	private Duration window = BundlingSettings.DEFAULT_WINDOW;

	/**
	 * What is put between two merged texts.
	 */
	private String separator = BundlingSettings.DEFAULT_SEPARATOR;

	/**
	 * The most texts merged into one message; a full bundle is sent at once.
	 */
	private int maxMessages = BundlingSettings.DEFAULT_MAX_MESSAGES;

	/**
	 * How long a graceful shutdown waits for the last bundles to be sent.
	 */
	private Duration shutdownTimeout = BundlingSettings.DEFAULT_SHUTDOWN_TIMEOUT;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getWindow() {
		return this.window;
	}

	public void setWindow(Duration window) {
		this.window = window;
	}

	public String getSeparator() {
		return this.separator;
	}

	public void setSeparator(String separator) {
		this.separator = separator;
	}

	public int getMaxMessages() {
		return this.maxMessages;
	}

	public void setMaxMessages(int maxMessages) {
		this.maxMessages = maxMessages;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	/**
	 * Returns these properties as the bundler's settings.
	 * @return the settings
	 */
	public BundlingSettings toSettings() {
		return new BundlingSettings(this.window, this.separator, this.maxMessages, this.shutdownTimeout);
	}

}
