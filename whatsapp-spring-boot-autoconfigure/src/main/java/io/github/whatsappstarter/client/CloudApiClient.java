package io.github.whatsappstarter.client;

import java.util.HashMap;
import java.util.Map;

import io.github.whatsappstarter.error.GraphError;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.MessageJson;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.support.GraphClientBuilder;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP transport to the Cloud API: one POST per message to
 * {@code {base-url}/{version}/{phone-number-id}/messages}, translating every failure into a
 * {@link WhatsAppException}. Knows nothing of limits or retries. The {@link RestClient} it is given
 * carries the base URL and the bearer token.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class CloudApiClient {

	private final RestClient restClient;

	private final String apiVersion;

	private final WhatsAppErrorTranslator errorTranslator;

	/**
	 * Creates a client.
	 * @param restClient the REST client, with base URL and {@code Authorization} header set
	 * @param apiVersion the Graph API version, e.g. {@code v24.0}
	 * @param errorTranslator the error translator
	 */
	public CloudApiClient(RestClient restClient, String apiVersion, WhatsAppErrorTranslator errorTranslator) {
		Assert.notNull(restClient, "restClient must not be null");
		Assert.hasText(apiVersion, "apiVersion must not be empty");
		Assert.notNull(errorTranslator, "errorTranslator must not be null");
		this.restClient = restClient;
		this.apiVersion = apiVersion;
		this.errorTranslator = errorTranslator;
	}

	/**
	 * Starts a builder that sets up the {@link RestClient} (base URL, bearer token, timeouts).
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Sends one message, with no limiting and no retry.
	 * @param phoneNumberId the sending business phone number id
	 * @param message the message
	 * @return the result Meta answered
	 * @throws WhatsAppException for every failure
	 */
	public SendResult send(String phoneNumberId, WhatsAppMessage message) {
		byte[] response = post(phoneNumberId, MessageJson.write(message), message.to());
		try {
			return SendResult.parse(response, message.to());
		}
		catch (RuntimeException ex) {
			throw new WhatsAppOutcomeUnknownException("Cloud API answered 200 with an unreadable body for recipient "
					+ WhatsAppException.mask(message.to()) + ": the message may have been accepted", null, 200,
					message.to(), ex);
		}
	}

	/**
	 * Marks an inbound message as read (optionally with a typing indicator).
	 * @param phoneNumberId the business phone number id that received the message
	 * @param markAsRead the request
	 */
	public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
		post(phoneNumberId, MessageJson.write(markAsRead), null);
	}

	/**
	 * Reads fields of a phone number node ({@code GET /{phone-number-id}?fields=...}), as the health
	 * check does. Such reads are rate-limited by Meta and should be cached by the caller.
	 * @param phoneNumberId the phone number id
	 * @param fields the field names
	 * @return the raw JSON body
	 */
	public byte[] phoneNumberFields(String phoneNumberId, String... fields) {
		return exchange(() -> this.restClient.get()
			.uri("/{version}/{id}?fields={fields}", this.apiVersion, phoneNumberId, String.join(",", fields))
			.exchange((request, response) -> readOrTranslate(response.getStatusCode().value(), response.getHeaders(),
					StreamUtils.copyToByteArray(response.getBody()), null), true), null);
	}

	/**
	 * Makes a Graph API management call ({@code /{version}/...}, e.g. templates, business profile,
	 * block list) with no limiting and no retry. An error answer is translated like a send's, so
	 * Meta's call-rate limits (4, 17, 32, 613, 80007) become {@link ApiRateLimitException} with
	 * {@code retryAfter()}; codes the request answers with its body come back as the body.
	 * @param request the request
	 * @return the raw JSON body
	 * @throws WhatsAppException for every failure
	 * @since 0.3.0
	 */
	public byte[] graph(GraphRequest request) {
		Map<String, Object> variables = new HashMap<>();
		String uri = request.uriTemplate(this.apiVersion, variables);
		byte[] body = request.body();
		return exchange(() -> {
			RestClient.RequestBodySpec spec = this.restClient.method(request.method()).uri(uri, variables);
			if (body != null) {
				spec.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return spec.exchange((clientRequest, response) -> {
				int status = response.getStatusCode().value();
				byte[] answer = StreamUtils.copyToByteArray(response.getBody());
				if (status >= 300 && !request.answeredErrorCodes().isEmpty()) {
					GraphError error = this.errorTranslator.parse(answer);
					if (error != null && request.answeredErrorCodes().contains(error.code())) {
						return answer;
					}
				}
				return readOrTranslate(status, response.getHeaders(), answer, null);
			}, true);
		}, null);
	}

	private byte[] post(String phoneNumberId, byte[] body, @Nullable String recipient) {
		return exchange(() -> this.restClient.post()
			.uri("/{version}/{id}/messages", this.apiVersion, phoneNumberId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, response) -> readOrTranslate(response.getStatusCode().value(), response.getHeaders(),
					StreamUtils.copyToByteArray(response.getBody()), recipient), true), recipient);
	}

	private byte[] readOrTranslate(int status, HttpHeaders headers, byte[] body, @Nullable String recipient) {
		if (status >= 200 && status < 300) {
			return body;
		}
		throw this.errorTranslator.translate(status, body, recipient, headers::getFirst);
	}

	private byte[] exchange(Exchange exchange, @Nullable String recipient) {
		try {
			byte[] body = exchange.run();
			return (body != null) ? body : new byte[0];
		}
		catch (ResourceAccessException ex) {
			throw this.errorTranslator.translate(ex, recipient);
		}
	}

	@Override
	public String toString() {
		return "CloudApiClient " + this.apiVersion;
	}

	/**
	 * Builder for a {@link CloudApiClient} over the JDK HTTP client; the bearer token is a default
	 * header of the client's own {@link RestClient}.
	 */
	public static final class Builder extends GraphClientBuilder<Builder> {

		private Builder() {
		}

		/**
		 * Builds the client. The given {@link RestClient.Builder} is cloned, never changed, so the
		 * access token cannot leak to other hosts the application calls with it. Requests go
		 * through the JDK {@link java.net.http.HttpClient} (HTTP/2 where the server offers it).
		 * @return the client
		 */
		public CloudApiClient build() {
			String token = requireAccessToken();
			RestClient restClient = restClient(timedHttpClientSettings())
				.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.build();
			return new CloudApiClient(restClient, getApiVersion(), getErrorTranslator());
		}

	}

	@FunctionalInterface
	private interface Exchange {

		byte @Nullable [] run();

	}

}
