package io.github.whatsappstarter.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One Graph API management call (not a message): method, path below the API version, query
 * parameters and an optional JSON body, sent by {@link CloudApiClient#graph(GraphRequest)}. Path
 * segments and query values are encoded, never concatenated into the URL. Such calls take no
 * throughput slot; Meta counts them against the app's and the account's call-rate limits instead.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class GraphRequest {

	private final HttpMethod method;

	private final List<String> path;

	private final Map<String, String> query = new LinkedHashMap<>();

	private byte @Nullable [] body;

	private Set<Integer> answeredErrorCodes = Set.of();

	private GraphRequest(HttpMethod method, String... path) {
		Assert.notEmpty(path, "path must not be empty");
		for (String segment : path) {
			Assert.hasText(segment, "path segments must not be empty");
		}
		this.method = method;
		this.path = List.of(path);
	}

	/**
	 * Starts a {@code GET}.
	 * @param path the path segments below the version, e.g. the WABA id and {@code message_templates}
	 * @return the request
	 */
	public static GraphRequest get(String... path) {
		return new GraphRequest(HttpMethod.GET, path);
	}

	/**
	 * Starts a {@code POST}.
	 * @param path the path segments below the version
	 * @return the request
	 */
	public static GraphRequest post(String... path) {
		return new GraphRequest(HttpMethod.POST, path);
	}

	/**
	 * Starts a {@code DELETE}.
	 * @param path the path segments below the version
	 * @return the request
	 */
	public static GraphRequest delete(String... path) {
		return new GraphRequest(HttpMethod.DELETE, path);
	}

	/**
	 * Adds a query parameter; a {@code null} value is left out.
	 * @param name the name
	 * @param value the value, or {@code null}
	 * @return this request
	 */
	public GraphRequest query(String name, @Nullable Object value) {
		if (value != null) {
			this.query.put(name, value.toString());
		}
		return this;
	}

	/**
	 * Sets the JSON body.
	 * @param json the body
	 * @return this request
	 */
	public GraphRequest body(byte[] json) {
		this.body = json;
		return this;
	}

	/**
	 * Makes an error answer carrying one of these Graph codes come back as the body instead of an
	 * exception, for endpoints whose error answer also holds results (block users answers a partial
	 * failure with 139100 next to the per-user lists).
	 * @param codes the Graph codes
	 * @return this request
	 */
	public GraphRequest answeringErrorCodes(Integer... codes) {
		this.answeredErrorCodes = Set.of(codes);
		return this;
	}

	/**
	 * Returns the HTTP method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * Returns the JSON body, if any.
	 * @return the body or {@code null}
	 */
	public byte @Nullable [] body() {
		return this.body;
	}

	/**
	 * Returns the Graph error codes whose answer is returned instead of thrown.
	 * @return the codes
	 */
	public Set<Integer> answeredErrorCodes() {
		return this.answeredErrorCodes;
	}

	/**
	 * Returns the URI template below the base URL and puts the values of its variables.
	 * @param version the Graph API version, e.g. {@code v24.0}
	 * @param variables receives the values of the template's variables
	 * @return the template
	 */
	public String uriTemplate(String version, Map<String, Object> variables) {
		StringBuilder template = new StringBuilder("/{version}");
		variables.put("version", version);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < this.path.size(); i++) {
			template.append("/{p").append(i).append('}');
			variables.put("p" + i, this.path.get(i));
		}
		int i = 0;
		for (Map.Entry<String, String> parameter : this.query.entrySet()) {
			names.add(parameter.getKey() + "={q" + i + "}");
			variables.put("q" + i, parameter.getValue());
			i++;
		}
		if (!names.isEmpty()) {
			template.append('?').append(String.join("&", names));
		}
		return template.toString();
	}

	@Override
	public String toString() {
		return this.method + " " + String.join("/", this.path);
	}

}
