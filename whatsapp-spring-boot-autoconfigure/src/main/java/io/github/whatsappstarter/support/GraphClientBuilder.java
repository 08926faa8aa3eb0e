package io.github.whatsappstarter.support;

import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * The settings every Graph API transport of the starter is built from (base URL, version, access
 * token, timeouts, error translator, the application's {@link RestClient.Builder} and
 * {@link HttpClientSettings}) and the {@link RestClient} set-up they share: a clone of the given
 * builder (never changed, so the token cannot leak to other hosts the application calls with it)
 * with the base URL, over the JDK {@link java.net.http.HttpClient}, which has no per-host
 * connection cap (a pooled client capped at a few connections per route would queue requests after
 * their rate-limit slot). How the token is attached is up to each transport.
 *
 * @param <B> the concrete builder
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public abstract class GraphClientBuilder<B extends GraphClientBuilder<B>> {

	private RestClient.Builder restClientBuilder = RestClient.builder();

	private String baseUrl = "https://graph.facebook.com";

	private String apiVersion = "v25.0";

	private @Nullable String accessToken;

	private Duration connectTimeout = Duration.ofSeconds(5);

	private Duration readTimeout = Duration.ofSeconds(30);

	private WhatsAppErrorTranslator errorTranslator = new WhatsAppErrorTranslator();

	private HttpClientSettings httpClientSettings = HttpClientSettings.defaults();

	/**
	 * Creates a builder with the defaults: Meta's Graph API, 5 s to connect, 30 s to read.
	 */
	protected GraphClientBuilder() {
	}

	/**
	 * Sets the REST client builder to start from, e.g. Boot's, so its customizers and observation
	 * apply. It is cloned, not changed.
	 * @param restClientBuilder the builder
	 * @return this builder
	 */
	public B restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "restClientBuilder must not be null");
		this.restClientBuilder = restClientBuilder;
		return self();
	}

	/**
	 * Sets the Graph API base URL.
	 * @param baseUrl the base URL
	 * @return this builder
	 */
	public B baseUrl(String baseUrl) {
		Assert.hasText(baseUrl, "baseUrl must not be empty");
		this.baseUrl = baseUrl;
		return self();
	}

	/**
	 * Sets the Graph API version, e.g. {@code v25.0}.
	 * @param apiVersion the version
	 * @return this builder
	 */
	public B apiVersion(String apiVersion) {
		Assert.hasText(apiVersion, "apiVersion must not be empty");
		this.apiVersion = apiVersion;
		return self();
	}

	/**
	 * Sets the access token sent as bearer token.
	 * @param accessToken the token
	 * @return this builder
	 */
	public B accessToken(String accessToken) {
		this.accessToken = accessToken;
		return self();
	}

	/**
	 * Sets the connect timeout.
	 * @param connectTimeout the timeout
	 * @return this builder
	 */
	public B connectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
		return self();
	}

	/**
	 * Sets how long to wait for a response's headers (a streamed body then takes as long as it
	 * takes).
	 * @param readTimeout the timeout
	 * @return this builder
	 */
	public B readTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
		return self();
	}

	/**
	 * Sets the error translator.
	 * @param errorTranslator the translator
	 * @return this builder
	 */
	public B errorTranslator(WhatsAppErrorTranslator errorTranslator) {
		Assert.notNull(errorTranslator, "errorTranslator must not be null");
		this.errorTranslator = errorTranslator;
		return self();
	}

	/**
	 * Sets the application's HTTP client settings (SSL bundle, redirects), e.g. Boot's
	 * {@code HttpClientSettings} bean; the connect and read timeouts set here win.
	 * @param httpClientSettings the settings
	 * @return this builder
	 */
	public B httpClientSettings(HttpClientSettings httpClientSettings) {
		Assert.notNull(httpClientSettings, "httpClientSettings must not be null");
		this.httpClientSettings = httpClientSettings;
		return self();
	}

	/**
	 * Returns the access token, failing when none was set.
	 * @return the token
	 */
	protected final String requireAccessToken() {
		String token = this.accessToken;
		Assert.hasText(token, "accessToken must not be empty");
		return token;
	}

	/**
	 * Returns the HTTP client settings with this builder's timeouts.
	 * @return the settings
	 */
	protected final HttpClientSettings timedHttpClientSettings() {
		return this.httpClientSettings.withTimeouts(this.connectTimeout, this.readTimeout);
	}

	/**
	 * Starts the transport's {@link RestClient}: a clone of the application's builder with the
	 * base URL and a JDK request factory on the given settings.
	 * @param settings the HTTP client settings, usually {@link #timedHttpClientSettings()} adjusted
	 * @return a builder the caller may still add to
	 */
	protected final RestClient.Builder restClient(HttpClientSettings settings) {
		return this.restClientBuilder.clone()
			.baseUrl(this.baseUrl)
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings));
	}

	/**
	 * Returns the base URL.
	 * @return the base URL
	 */
	protected final String getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Returns the Graph API version.
	 * @return the version
	 */
	protected final String getApiVersion() {
		return this.apiVersion;
	}

	/**
	 * Returns the error translator.
	 * @return the translator
	 */
	protected final WhatsAppErrorTranslator getErrorTranslator() {
		return this.errorTranslator;
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
