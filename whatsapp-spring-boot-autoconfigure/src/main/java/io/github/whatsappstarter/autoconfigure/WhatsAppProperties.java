package io.github.whatsappstarter.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Configuration properties for the WhatsApp Cloud API client ({@code whatsapp.*}). Rate limiting,
 * retry, bundling and webhook settings have their own property classes under the same prefix.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties(WhatsAppProperties.PREFIX)
public class WhatsAppProperties {

	/**
	 * The common prefix of every property of the starter.
	 */
	public static final String PREFIX = "whatsapp";

	/**
	 * Whether the WhatsApp auto-configuration is enabled.
	 */
	private boolean enabled = true;

	/**
	 * Id of the default business phone number that messages are sent from (not the phone number
	 * itself). Required.
	 */
	private @Nullable String phoneNumberId;

	/**
	 * Access token (system user or app token) sent as a bearer token. Required; never logged.
	 */
	private @Nullable String accessToken;

	/**
	 * Id of the WhatsApp Business Account whose message templates and phone numbers the template and
	 * phone-number management calls use.
	 */
	private @Nullable String businessAccountId;

	private final Api api = new Api();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	public void setPhoneNumberId(@Nullable String phoneNumberId) {
		this.phoneNumberId = phoneNumberId;
	}

	public @Nullable String getAccessToken() {
		return this.accessToken;
	}

	public void setAccessToken(@Nullable String accessToken) {
		this.accessToken = accessToken;
	}

	public @Nullable String getBusinessAccountId() {
		return this.businessAccountId;
	}

	public void setBusinessAccountId(@Nullable String businessAccountId) {
		this.businessAccountId = businessAccountId;
	}

	public Api getApi() {
		return this.api;
	}

	/**
	 * Returns the phone number id, failing with a clear message naming the property when missing.
	 * @return the phone number id
	 * @throws InvalidWhatsAppPropertyException if it is not set
	 */
	public String requirePhoneNumberId() {
		return require("phone-number-id", this.phoneNumberId,
				"the id of your business phone number (WhatsApp Manager > Phone numbers, or the simulator's id)");
	}

	/**
	 * Returns the access token, failing with a clear message naming the property when missing.
	 * @return the access token
	 * @throws InvalidWhatsAppPropertyException if it is not set
	 */
	public String requireAccessToken() {
		return require("access-token", this.accessToken, "a system-user access token with whatsapp_business_messaging");
	}

	private static String require(String name, @Nullable String value, String expected) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidWhatsAppPropertyException(PREFIX + "." + name, "is not set; expected " + expected);
		}
		return value.trim();
	}

	@Override
	public String toString() {
		return "WhatsAppProperties[phoneNumberId=" + this.phoneNumberId + ", accessToken="
				+ (StringUtils.hasText(this.accessToken) ? "******" : "<none>") + ", baseUrl=" + this.api.baseUrl
				+ ", version=" + this.api.version + "]";
	}

	/**
	 * Cloud API connection settings.
	 */
	public static class Api {

		/**
		 * Base URL of the Graph API; the simulator's URL in tests.
		 */
		private String baseUrl = "https://graph.facebook.com";

		/**
		 * Graph API version used in request paths. v24.0 or newer is needed for the messaging-limit
		 * field read by the health check.
		 */
		private String version = "v25.0";

		/**
		 * Timeout for establishing a connection; a connect failure is never ambiguous, so it is
		 * safe to retry.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Timeout for a response once the request was sent; a timeout leaves the outcome unknown.
		 */
		private Duration readTimeout = Duration.ofSeconds(30);

		/**
		 * Most requests per node between their throughput slot and the Cloud API's answer. A
		 * number sends at most max-in-flight ÷ latency messages per second (Little's law): the
		 * default covers 1,000 msg/s at 1 s latency. Sends beyond it wait before taking a slot,
		 * holding no thread.
		 */
		private int maxInFlight = 1000;

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = version;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public int getMaxInFlight() {
			return this.maxInFlight;
		}

		public void setMaxInFlight(int maxInFlight) {
			this.maxInFlight = maxInFlight;
		}

	}

}
