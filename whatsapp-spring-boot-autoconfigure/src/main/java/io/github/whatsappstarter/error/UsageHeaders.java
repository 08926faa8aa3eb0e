package io.github.whatsappstarter.error;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads when Meta expects a throttled app or account to regain access. Meta's rate-limiting page
 * (https://developers.facebook.com/docs/graph-api/overview/rate-limiting) documents
 * {@code X-Business-Use-Case-Usage} as JSON keyed by business object id, each entry with
 * {@code estimated_time_to_regain_access} in <em>minutes</em>; {@code X-App-Usage} carries only
 * percentages ({@code call_count}, {@code total_cputime}, {@code total_time}) and no time. A
 * {@code Retry-After} in seconds (RFC 9110) is honoured too, although Meta does not document one.
 * The longest wait wins; zero or an unreadable header means no estimate.
 */
final class UsageHeaders {

	static final String BUSINESS_USE_CASE_USAGE = "X-Business-Use-Case-Usage";

	static final String RETRY_AFTER = "Retry-After";

	private static final JsonMapper json = JsonMapper.builder().build();

	private UsageHeaders() {
	}

	static @Nullable Duration regainAccess(Function<String, @Nullable String> headers) {
		Duration wait = longer(businessUseCase(headers.apply(BUSINESS_USE_CASE_USAGE)), null);
		return longer(retryAfter(headers.apply(RETRY_AFTER)), wait);
	}

	private static @Nullable Duration businessUseCase(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		JsonNode root;
		try {
			root = json.readTree(header);
		}
		catch (RuntimeException ex) {
			return null;
		}
		long minutes = 0;
		for (JsonNode entries : root) {
			for (JsonNode entry : entries.isArray() ? entries : List.of(entries)) {
				JsonNode value = entry.path("estimated_time_to_regain_access");
				if (value.isNumber()) {
					minutes = Math.max(minutes, value.asLong());
				}
			}
		}
		return (minutes > 0) ? Duration.ofMinutes(minutes) : null;
	}

	private static @Nullable Duration retryAfter(@Nullable String header) {
		if (header == null) {
			return null;
		}
		try {
			long seconds = Long.parseLong(header.strip());
			return (seconds > 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Duration longer(@Nullable Duration a, @Nullable Duration b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.compareTo(b) >= 0) ? a : b;
	}

}
