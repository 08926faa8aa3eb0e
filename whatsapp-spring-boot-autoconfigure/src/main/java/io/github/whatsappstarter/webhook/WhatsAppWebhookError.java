package io.github.whatsappstarter.webhook;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a webhook {@code errors[]} array, on a failed status or at value level.
 *
 * @param code the Graph error code, e.g. {@code 131049}
 * @param title the error title, if present
 * @param message the error message (usually the title), if present
 * @param details {@code error_data.details}, if present
 * @param href link to Meta's error documentation, if present
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppWebhookError(int code, @Nullable String title, @Nullable String message,
		@Nullable String details, @Nullable String href) {

	private static final Set<Integer> RETRYABLE_CODES = Set.of(131056, 130429, 131000, 131016, 2, 133004, 131057);

	/**
	 * Whether a send that failed with this code may succeed when sent again later (pair rate,
	 * throughput, maintenance, unknown or service-unavailable errors).
	 * @return {@code true} for a retryable code
	 */
	public boolean retryable() {
		return RETRYABLE_CODES.contains(this.code);
	}

}
