package io.github.whatsappstarter.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.MessageJson;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

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
			.exchange((request, response) -> readOrTranslate(response.getStatusCode().value(),
					StreamUtils.copyToByteArray(response.getBody()), null), true), null);
	}

	private byte[] post(String phoneNumberId, byte[] body, @Nullable String recipient) {
		return exchange(() -> this.restClient.post()
			.uri("/{version}/{id}/messages", this.apiVersion, phoneNumberId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, response) -> readOrTranslate(response.getStatusCode().value(),
					StreamUtils.copyToByteArray(response.getBody()), recipient), true), recipient);
	}

	private byte[] readOrTranslate(int status, byte[] body, @Nullable String recipient) {
		if (status >= 200 && status < 300) {
			return body;
		}
		throw this.errorTranslator.translate(status, body, recipient);
	}

	private static byte[] exchange(Exchange exchange, @Nullable String recipient) {
		try {
			byte[] body = exchange.run();
			return (body != null) ? body : new byte[0];
		}
		catch (ResourceAccessException ex) {
			throw translateIoFailure(ex, recipient);
		}
	}

	private static WhatsAppException translateIoFailure(ResourceAccessException ex, @Nullable String recipient) {
		Throwable cause = ex.getCause();
		String who = " (recipient " + WhatsAppException.mask(recipient) + ")";
		if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
				|| cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
			return new WhatsAppTransportException("Could not connect to the Cloud API: " + cause + who, null, 0,
					recipient, ex);
		}
		String kind = (cause instanceof InterruptedIOException || cause instanceof java.net.http.HttpTimeoutException)
				? "timed out" : "failed";
		String reason = (cause instanceof IOException) ? String.valueOf(cause) : String.valueOf(ex.getMessage());
		return new WhatsAppOutcomeUnknownException("The request to the Cloud API " + kind
				+ " after it was sent; the message may or may not have been accepted: " + reason + who, null, 0,
				recipient, ex);
	}

	@FunctionalInterface
	private interface Exchange {

		byte @Nullable [] run();

	}

}
