package io.github.whatsappstarter.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the WhatsApp health indicators ({@code whatsapp.health.*}). The
 * indicators themselves are switched with {@code management.health.whatsapp.enabled} and
 * {@code management.health.whatsappratelimiter.enabled}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties(WhatsAppHealthProperties.PREFIX)
public class WhatsAppHealthProperties {

	/**
	 * The prefix of the health properties.
	 */
	public static final String PREFIX = "whatsapp.health";

	/**
	 * How long the answer of the phone-number read is reused. Meta rate-limits these reads, so
	 * keep it at minutes.
	 */
	private Duration cacheTtl = Duration.ofMinutes(5);

	/**
	 * Connect and read timeout of the phone-number read; a slower answer is reported as DOWN.
	 */
	private Duration timeout = Duration.ofSeconds(3);

	/**
	 * Waiting callers from which the rate limiter reports RATE_LIMITED (HTTP 200, not an outage).
	 */
	private int waitingCallersThreshold = 100;

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getWaitingCallersThreshold() {
		return this.waitingCallersThreshold;
	}

	public void setWaitingCallersThreshold(int waitingCallersThreshold) {
		this.waitingCallersThreshold = waitingCallersThreshold;
	}

}
