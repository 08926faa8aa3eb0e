package io.github.whatsappstarter.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.support.GraphClientBuilder;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP transport of the media endpoints: {@code POST /{phone-number-id}/media} (multipart, streamed),
 * {@code GET} and {@code DELETE /{media-id}}, and the download from a media URL, streamed to the caller.
 * Every failure becomes a {@link WhatsAppException} through the same {@link WhatsAppErrorTranslator} as
 * sends. The bearer token is attached per request, never as a default header: to the Graph API always, to
 * a download URL only when it is on the Graph API host or one of Meta's media hosts ({@link MediaHosts}).
 * Redirects are never followed by the HTTP client; a download follows at most three, each to a trusted
 * host. Knows nothing of retries or rate limits.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public class MediaClient {

	private static final int MAX_REDIRECTS = 3;

	private static final int MAX_ERROR_BODY = 64 * 1024;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final RestClient restClient;

	private final String apiVersion;

	private final String authorization;

	private final MediaHosts hosts;

	private final WhatsAppErrorTranslator errorTranslator;

	private MediaClient(RestClient restClient, String apiVersion, String accessToken, String baseUrl,
			WhatsAppErrorTranslator errorTranslator) {
		this.restClient = restClient;
		this.apiVersion = apiVersion;
		this.authorization = "Bearer " + accessToken;
		this.hosts = new MediaHosts(baseUrl);
		this.errorTranslator = errorTranslator;
	}

	/**
	 * Starts a builder (base URL, token, version, timeouts), the same settings as the send transport's.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Uploads a file, streaming its content.
	 * @param phoneNumberId the business phone number the media is for
	 * @param upload the checked file
	 * @return the media id
	 * @throws WhatsAppException for every failure
	 */
	public String upload(String phoneNumberId, MediaUpload upload) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("messaging_product", "whatsapp");
		form.add("type", upload.mimeType());
		HttpHeaders fileHeaders = new HttpHeaders();
		fileHeaders.setContentType(MediaType.parseMediaType(upload.mimeType()));
		fileHeaders.setContentDispositionFormData("file", upload.filename());
		form.add("file", new HttpEntity<>(upload.content(), fileHeaders));
		byte[] body;
		try {
			body = call(() -> this.restClient.post()
				.uri("/{version}/{id}/media", this.apiVersion, phoneNumberId)
				.header(HttpHeaders.AUTHORIZATION, this.authorization)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(form)
				.exchange((request, response) -> readOrTranslate(response), true));
		}
		catch (WhatsAppException ex) {
			if (hasCause(ex, MediaUpload.LongerThanDeclaredException.class)) {
				throw new WhatsAppValidationException("file",
						"holds more than the declared " + upload.size() + " bytes; the upload was stopped");
			}
			throw ex;
		}
		String id = readTree(body).path("id").asString("");
		if (id.isEmpty()) {
			throw new WhatsAppOutcomeUnknownException("Cloud API answered the media upload without an id: the media "
					+ "may have been stored", null, 200, null, null);
		}
		return id;
	}

	/**
	 * Reads a media's download URL, MIME type, SHA-256 and size.
	 * @param mediaId the media id
	 * @param phoneNumberId when set, Meta answers only if the media belongs to this number
	 * @return the media's details
	 */
	public MediaInfo retrieve(String mediaId, @Nullable String phoneNumberId) {
		byte[] body = call(() -> this.restClient.get()
			.uri((uri) -> uri.path("/{version}/{id}")
				.queryParamIfPresent("phone_number_id", java.util.Optional.ofNullable(phoneNumberId))
				.build(this.apiVersion, mediaId))
			.header(HttpHeaders.AUTHORIZATION, this.authorization)
			.exchange((request, response) -> readOrTranslate(response), true));
		JsonNode root = readTree(body);
		String url = root.path("url").asString("");
		if (url.isEmpty()) {
			throw new WhatsAppServerException("Cloud API answered the media URL request without a url", null, 200, null,
					null);
		}
		JsonNode size = root.path("file_size");
		long fileSize = size.isNumber() ? size.asLong() : parseLong(size.asString(""));
		return new MediaInfo(root.path("id").asString(mediaId), url, root.path("mime_type").asString(""),
				root.path("sha256").asString(""), fileSize);
	}

	/**
	 * Deletes a media.
	 * @param mediaId the media id
	 * @param phoneNumberId when set, Meta deletes only if the media belongs to this number
	 */
	public void delete(String mediaId, @Nullable String phoneNumberId) {
		call(() -> this.restClient.delete()
			.uri((uri) -> uri.path("/{version}/{id}")
				.queryParamIfPresent("phone_number_id", java.util.Optional.ofNullable(phoneNumberId))
				.build(this.apiVersion, mediaId))
			.header(HttpHeaders.AUTHORIZATION, this.authorization)
			.exchange((request, response) -> readOrTranslate(response), true));
	}

	/**
	 * Downloads from a media URL, copying the body to {@code target} as it arrives (never held in memory).
	 * The URL must be on a trusted host (else a {@link WhatsAppValidationException} naming {@code url}, before
	 * any request); redirects are followed only to trusted hosts.
	 * @param url the URL from {@link #retrieve}
	 * @param target where the bytes go; not closed
	 * @return the number of bytes copied
	 * @throws WhatsAppException for every failure; an expired URL is answered 404 by Meta
	 */
	public long download(String url, OutputStream target) {
		URI uri = this.hosts.check(url);
		for (int hop = 0;; hop++) {
			URI current = uri;
			Download result = call(() -> this.restClient.get()
				.uri(current)
				.header(HttpHeaders.AUTHORIZATION, this.authorization)
				.exchange((request, response) -> copyOrTranslate(response, target), true));
			if (result.redirect() == null) {
				return result.bytes();
			}
			if (hop >= MAX_REDIRECTS) {
				throw new WhatsAppClientException("The media download was redirected more than " + MAX_REDIRECTS
						+ " times", null, 302, null, null);
			}
			uri = this.hosts.check(current.resolve(result.redirect()).toString());
		}
	}

	private byte[] readOrTranslate(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		byte[] body = StreamUtils.copyToByteArray(response.getBody());
		if (status >= 200 && status < 300) {
			return body;
		}
		throw this.errorTranslator.translate(status, body, null, response.getHeaders()::getFirst);
	}

	private Download copyOrTranslate(ClientHttpResponse response, OutputStream target) throws IOException {
		int status = response.getStatusCode().value();
		if (status >= 300 && status < 400 && response.getHeaders().getLocation() != null) {
			return new Download(0, response.getHeaders().getLocation());
		}
		if (status >= 200 && status < 300) {
			try (InputStream body = response.getBody()) {
				return new Download(body.transferTo(target), null);
			}
		}
		byte[] excerpt;
		try (InputStream body = response.getBody()) {
			excerpt = body.readNBytes(MAX_ERROR_BODY);
		}
		throw this.errorTranslator.translate(status, excerpt, null, response.getHeaders()::getFirst);
	}

	private <T> T call(Exchange<T> exchange) {
		try {
			return exchange.run();
		}
		catch (ResourceAccessException ex) {
			throw this.errorTranslator.translate(ex, null);
		}
	}

	private static JsonNode readTree(byte[] body) {
		try {
			return json.readTree(body);
		}
		catch (RuntimeException ex) {
			throw new WhatsAppOutcomeUnknownException("Cloud API answered a media request with an unreadable body",
					null, 200, null, ex);
		}
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "MediaClient " + this.apiVersion;
	}

	private record Download(long bytes, @Nullable URI redirect) {
	}

	@FunctionalInterface
	private interface Exchange<T> {

		T run();

	}

	/**
	 * Builder for a {@link MediaClient} over the JDK HTTP client, with redirects always off (the
	 * application's redirect setting is ignored). The base URL's host is trusted with the token; the
	 * read timeout bounds the wait for a response's headers, a download's body then streams for as
	 * long as it takes.
	 */
	public static final class Builder extends GraphClientBuilder<Builder> {

		private Builder() {
		}

		/**
		 * Builds the client.
		 * @return the client
		 */
		public MediaClient build() {
			String token = requireAccessToken();
			RestClient restClient = restClient(timedHttpClientSettings().withRedirects(HttpRedirects.DONT_FOLLOW))
				.build();
			return new MediaClient(restClient, getApiVersion(), token, getBaseUrl(), getErrorTranslator());
		}

	}

}
