package io.github.whatsappstarter.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Thrown on Meta's app and account call-rate limits (Graph codes 4, 17, 32, 613 and 80007): calls
 * are refused for minutes, not seconds. {@link #retryAfter()} says when Meta expects access back,
 * read from the {@code estimated_time_to_regain_access} of the {@code X-Business-Use-Case-Usage}
 * header (minutes, per https://developers.facebook.com/docs/graph-api/overview/rate-limiting) or a
 * {@code Retry-After} header.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class ApiRateLimitException extends WhatsAppRateLimitedException {

	private final @Nullable Duration retryAfter;

	/**
	 * Creates an exception.
	 * @param message the message, without secrets
	 * @param graphError the Graph error
	 * @param httpStatus the HTTP status, or {@code 0} without a response
	 * @param recipient the recipient, if known
	 * @param retryAfter when Meta expects calls to succeed again, or {@code null} when it did not say
	 */
	public ApiRateLimitException(String message, @Nullable GraphError graphError, int httpStatus,
			@Nullable String recipient, @Nullable Duration retryAfter) {
		super(message, graphError, httpStatus, recipient, null);
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns how long after this answer Meta expects calls to succeed again.
	 * @return the wait, or {@code null} when Meta's answer carried no estimate
	 */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
