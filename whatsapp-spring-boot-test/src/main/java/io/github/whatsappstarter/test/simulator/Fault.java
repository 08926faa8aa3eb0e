package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fault to inject with {@link Faults#inject(Fault)}: what happens (a factory method) and to which requests
 * ({@link #times(int)}, {@link #forRecipient(String)}, {@link #withProbability(double)}, combinable; by
 * default every message request). Immutable.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class Fault {

	/**
	 * What the simulator does instead of its normal answer.
	 */
	public enum Kind {

		/** Answer with a Graph error envelope (any code and HTTP status). */
		GRAPH_ERROR,
		/** Answer 502 with an HTML body, as a proxy in front of Graph would. */
		BAD_GATEWAY,
		/** Wait, then answer normally (limits apply after the wait; a {@link Latency} adds on top). */
		DELAY,
		/** Never answer; close the connection after the configured hold time. */
		TIMEOUT,
		/** Close the connection without any response. */
		DROP_CONNECTION,
		/** Answer 200 with a body that is not valid JSON. */
		MALFORMED_JSON

	}

	final Kind kind;
	final GraphError error;
	final Duration delay;
	final int times;
	final String recipient;
	final double probability;
	final Map<String, String> headers;

	private Fault(Kind kind, GraphError error, Duration delay, int times, String recipient, double probability,
			Map<String, String> headers) {
		this.kind = kind;
		this.error = error;
		this.delay = delay;
		this.times = times;
		this.recipient = recipient;
		this.probability = probability;
		this.headers = headers;
	}

	private static Fault of(Kind kind, GraphError error, Duration delay) {
		return new Fault(kind, error, delay, -1, null, 1.0, Map.of());
	}

	/** HTTP 500 with Graph code 131000 ("Something went wrong"). */
	public static Fault serverError() {
		return graphError(GraphError.of(131000, "Something went wrong. Please try again later."));
	}

	/** HTTP 503 with Graph code 2 ("Service temporarily unavailable"). */
	public static Fault serviceUnavailable() {
		return graphError(GraphError.of(2, "Service temporarily unavailable").withHttpStatus(503));
	}

	/** HTTP 503 with Graph code 131016 ("Service unavailable"). */
	public static Fault serviceOverloaded() {
		return graphError(GraphError.of(131016, "A service is temporarily unavailable.").withHttpStatus(503));
	}

	/** Graph code 131057: account in maintenance mode (e.g. during a throughput upgrade). */
	public static Fault maintenance() {
		return graphError(GraphError.of(131057, "Business Account is in maintenance mode"));
	}

	/** HTTP 401 with Graph code 190: the access token has expired. */
	public static Fault expiredToken() {
		return graphError(GraphError.of(190, "Error validating access token: Session has expired"));
	}

	/**
	 * Any Graph code with Meta's usual HTTP status for it (130429 and 131056 use the configured throttle
	 * status), e.g. 131056 for a recipient whose bucket still has tokens, or 131048, 131047, 100.
	 * @param code the Graph code
	 * @return the fault
	 */
	public static Fault graphError(int code) {
		return of(Kind.GRAPH_ERROR, GraphError.of(code, "Injected error " + code), null);
	}

	/**
	 * A fully specified Graph error.
	 * @param error the error to answer
	 * @return the fault
	 */
	public static Fault graphError(GraphError error) {
		return of(Kind.GRAPH_ERROR, Objects.requireNonNull(error, "error must not be null"), null);
	}

	/** HTTP 502 with an HTML body. */
	public static Fault badGateway() {
		return of(Kind.BAD_GATEWAY, null, null);
	}

	/**
	 * Delay the answer: the request is checked against the limits and recorded after the delay, then answered
	 * after the simulator's {@link Latency}, if any.
	 * @param delay how long to wait before answering normally
	 * @return the fault
	 */
	public static Fault delay(Duration delay) {
		return of(Kind.DELAY, null, Objects.requireNonNull(delay, "delay must not be null"));
	}

	/** Accept the request and never answer (the connection is closed after the configured hold time). */
	public static Fault timeout() {
		return of(Kind.TIMEOUT, null, null);
	}

	/** Close the connection without a response. */
	public static Fault dropConnection() {
		return of(Kind.DROP_CONNECTION, null, null);
	}

	/** HTTP 200 with a body that is not JSON. */
	public static Fault malformedJson() {
		return of(Kind.MALFORMED_JSON, null, null);
	}

	/**
	 * Apply to the next {@code n} matching requests only.
	 * @param n how many requests
	 * @return a copy limited to n requests
	 */
	public Fault times(int n) {
		if (n <= 0) {
			throw new IllegalArgumentException("n must be positive");
		}
		return new Fault(this.kind, this.error, this.delay, n, this.recipient, this.probability, this.headers);
	}

	/**
	 * Apply only to requests to this recipient (a leading '+' is ignored).
	 * @param recipient the recipient's number
	 * @return a copy limited to the recipient
	 */
	public Fault forRecipient(String recipient) {
		String digits = recipient.startsWith("+") ? recipient.substring(1) : recipient;
		return new Fault(this.kind, this.error, this.delay, this.times, digits, this.probability, this.headers);
	}

	/**
	 * Apply to a matching request with this probability.
	 * @param p between 0 and 1
	 * @return a copy applied with probability p
	 */
	public Fault withProbability(double p) {
		if (p < 0 || p > 1) {
			throw new IllegalArgumentException("p must be between 0 and 1");
		}
		return new Fault(this.kind, this.error, this.delay, this.times, this.recipient, p, this.headers);
	}

	/**
	 * Add a response header to a Graph error answer, e.g. Meta's {@code X-Business-Use-Case-Usage}
	 * with {@code estimated_time_to_regain_access}.
	 * @param name the header name
	 * @param value the header value
	 * @return a copy that answers with the header
	 */
	public Fault withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(Objects.requireNonNull(name, "name must not be null"),
				Objects.requireNonNull(value, "value must not be null"));
		return new Fault(this.kind, this.error, this.delay, this.times, this.recipient, this.probability,
				Map.copyOf(headers));
	}

	/**
	 * What the fault does.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	@Override
	public String toString() {
		return "Fault[" + this.kind + ((this.error != null) ? " " + this.error.code() : "")
				+ ((this.delay != null) ? " " + this.delay : "") + ", times=" + this.times + ", recipient="
				+ this.recipient + ", p=" + this.probability + "]";
	}

}
