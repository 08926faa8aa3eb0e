package io.github.whatsappstarter.error;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.ResourceAccessException;

/**
 * Translates an unsuccessful Cloud API response into the starter's exception hierarchy. The one
 * place where HTTP statuses and Graph error codes are interpreted: classification is keyed on the
 * Graph {@code code}, never on the HTTP status alone (Meta answers throttling with 400 or 429) and
 * never on the error title. A body that is empty, HTML or malformed still gives a clear exception
 * decided by the HTTP status; a 5xx without a Graph error envelope (a 502 or 504 from a gateway, a
 * 503 from a proxy) is {@link WhatsAppOutcomeUnknownException}, since the request may have reached
 * Graph and the message may have been accepted. A documented Graph code wins over the HTTP status:
 * a 5xx carrying e.g. 100 or 131026 is a client error. App and account call-rate limits become
 * {@link ApiRateLimitException} with the wait read from Meta's usage headers.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppErrorTranslator {

	private static final int MAX_BODY_EXCERPT = 200;

	private final JsonMapper jsonMapper = JsonMapper.builder().build();

	/**
	 * Returns a failure as a {@link WhatsAppException}: itself when it already is one, else a
	 * transport exception saying that the message could not be sent (for unexpected failures before
	 * or between attempts, e.g. an interrupted wait).
	 * @param failure the failure
	 * @param recipient the recipient of the message
	 * @return the typed failure
	 * @since 0.2.0
	 */
	public static WhatsAppException typed(Throwable failure, @Nullable String recipient) {
		if (failure instanceof WhatsAppException typed) {
			return typed;
		}
		return new WhatsAppTransportException(
				"The message to " + WhatsAppException.mask(recipient) + " could not be sent: " + failure, null, 0,
				recipient, failure);
	}

	/**
	 * Translates an I/O failure of a request: one that could not connect (nothing was sent) is a
	 * {@link WhatsAppTransportException}; one that failed or timed out after the request was written
	 * is a {@link WhatsAppOutcomeUnknownException}, since Graph may have accepted it.
	 * @param failure the I/O failure as the HTTP client reported it
	 * @param recipient the recipient of the failed request, if any
	 * @return the exception to throw
	 * @since 0.2.0
	 */
	public WhatsAppException translate(ResourceAccessException failure, @Nullable String recipient) {
		Throwable cause = failure.getCause();
		String who = (recipient != null) ? " (recipient " + WhatsAppException.mask(recipient) + ")" : "";
		if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
				|| cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
			return new WhatsAppTransportException("Could not connect to the Cloud API: " + cause + who, null, 0,
					recipient, failure);
		}
		String kind = (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException) ? "timed out"
				: "failed";
		String reason = (cause instanceof IOException) ? String.valueOf(cause) : String.valueOf(failure.getMessage());
		return new WhatsAppOutcomeUnknownException("The request to the Cloud API " + kind
				+ " after it was sent; the message may or may not have been accepted: " + reason + who, null, 0,
				recipient, failure);
	}

	/**
	 * Translates a response.
	 * @param httpStatus the HTTP status code
	 * @param body the raw response body, possibly empty
	 * @param recipient the recipient of the failed request, if any
	 * @return the exception to throw
	 */
	public WhatsAppException translate(int httpStatus, byte @Nullable [] body, @Nullable String recipient) {
		return translate(httpStatus, body, recipient, (name) -> null);
	}

	/**
	 * Translates a response, reading Meta's usage headers ({@code X-Business-Use-Case-Usage},
	 * {@code Retry-After}) for how long an app or account rate limit lasts.
	 * @param httpStatus the HTTP status code
	 * @param body the raw response body, possibly empty
	 * @param recipient the recipient of the failed request, if any
	 * @param headers the response headers by name (case-insensitive), giving {@code null} when absent
	 * @return the exception to throw
	 */
	public WhatsAppException translate(int httpStatus, byte @Nullable [] body, @Nullable String recipient,
			Function<String, @Nullable String> headers) {
		GraphError error = parse(body);
		if (error == null) {
			return translateWithoutGraphError(httpStatus, body, recipient);
		}
		return translate(error, httpStatus, recipient, UsageHeaders.regainAccess(headers));
	}

	/**
	 * Translates a Graph error that arrived without an HTTP response of its own, e.g. inside a
	 * failed status webhook, or after the body was parsed.
	 * @param error the Graph error
	 * @param httpStatus the HTTP status, or {@code 0} when the error came by webhook
	 * @param recipient the recipient, if known
	 * @return the exception
	 */
	public WhatsAppException translate(GraphError error, int httpStatus, @Nullable String recipient) {
		return translate(error, httpStatus, recipient, null);
	}

	private WhatsAppException translate(GraphError error, int httpStatus, @Nullable String recipient,
			@Nullable Duration retryAfter) {
		String message = describe(error, httpStatus, recipient);
		return switch (ErrorKind.of(error.code(), httpStatus)) {
			case PAIR_RATE -> new PairRateLimitException(message, error, httpStatus, recipient, null);
			case THROUGHPUT -> new ThroughputLimitException(message, error, httpStatus, recipient, null);
			case SPAM -> new SpamRateLimitException(message, error, httpStatus, recipient, null);
			case API_RATE_LIMIT -> new ApiRateLimitException(message + ((retryAfter != null)
					? "; Meta expects access again in " + retryAfter.toMinutes() + " min" : "; Meta gave no time to "
							+ "regain access"), error, httpStatus, recipient, retryAfter);
			case MAINTENANCE -> new MaintenanceException(message, error, httpStatus, recipient);
			case AUTHENTICATION -> new WhatsAppAuthenticationException(message, error, httpStatus, recipient, null);
			case SERVER -> new WhatsAppServerException(message, error, httpStatus, recipient, null);
			case CLIENT -> new WhatsAppClientException(message, error, httpStatus, recipient, null);
		};
	}

	/**
	 * Reads the Graph error envelope from a response body.
	 * @param body the body
	 * @return the error, or {@code null} when the body holds no Graph error
	 */
	public @Nullable GraphError parse(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		JsonNode error;
		try {
			error = this.jsonMapper.readTree(body).path("error");
		}
		catch (RuntimeException ex) {
			return null;
		}
		if (!error.isObject() || !error.path("code").isNumber()) {
			return null;
		}
		JsonNode subcode = error.path("error_subcode");
		return new GraphError(error.path("code").asInt(), subcode.isNumber() ? subcode.asInt() : null,
				text(error, "type"), text(error, "message"), text(error.path("error_data"), "details"),
				text(error, "fbtrace_id"));
	}

	private WhatsAppException translateWithoutGraphError(int httpStatus, byte @Nullable [] body,
			@Nullable String recipient) {
		String message = "Cloud API answered HTTP " + httpStatus + " without a Graph error body"
				+ excerpt(body) + " (recipient " + WhatsAppException.mask(recipient) + ")";
		if (httpStatus == 401 || httpStatus == 403) {
			return new WhatsAppAuthenticationException(message, null, httpStatus, recipient, null);
		}
		if (httpStatus == 429) {
			return new WhatsAppRateLimitedException(message, null, httpStatus, recipient, null);
		}
		if (httpStatus >= 500) {
			// not Graph's answer but a gateway's, after the request was sent: Graph may have accepted it
			return new WhatsAppOutcomeUnknownException(message + "; the request may or may not have reached the "
					+ "Cloud API, so the message may have been accepted", null, httpStatus, recipient, null);
		}
		return new WhatsAppClientException(message, null, httpStatus, recipient, null);
	}

	private static String describe(GraphError error, int httpStatus, @Nullable String recipient) {
		StringBuilder text = new StringBuilder("Cloud API error ").append(error.code());
		if (error.message() != null) {
			text.append(": ").append(error.message());
		}
		if (error.details() != null) {
			text.append(" (").append(error.details()).append(')');
		}
		text.append(" [HTTP ").append(httpStatus).append(", recipient ").append(WhatsAppException.mask(recipient));
		if (error.fbtraceId() != null) {
			text.append(", fbtrace_id ").append(error.fbtraceId());
		}
		return text.append(']').toString();
	}

	private static String excerpt(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return " (empty body)";
		}
		String text = new String(body, 0, Math.min(body.length, MAX_BODY_EXCERPT), StandardCharsets.UTF_8)
			.replaceAll("\\s+", " ")
			.strip();
		return ": \"" + text + ((body.length > MAX_BODY_EXCERPT) ? "…" : "") + "\"";
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
