package io.github.whatsappstarter.autoconfigure.webhook;

import java.time.Duration;

import io.github.whatsappstarter.autoconfigure.InvalidWhatsAppPropertyException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for the WhatsApp webhook endpoint ({@code whatsapp.webhook.*}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@ConfigurationProperties(WhatsAppWebhookProperties.PREFIX)
public class WhatsAppWebhookProperties {

	/**
	 * The prefix of the webhook properties.
	 */
	public static final String PREFIX = "whatsapp.webhook";

	/**
	 * Whether to expose the webhook endpoint (needs Spring MVC and, unless signature-check is off,
	 * the app secret).
	 */
	private boolean enabled = false;

	/**
	 * Path of the endpoint, relative to the servlet context; the callback URL in the App Dashboard.
	 */
	private String path = "/whatsapp/webhook";

	/**
	 * Verify token entered next to the callback URL; without it every verification request is
	 * refused.
	 */
	private @Nullable String verifyToken;

	/**
	 * App secret that signs every delivery (X-Hub-Signature-256). Required; never logged.
	 */
	private @Nullable String appSecret;

	/**
	 * Largest accepted request body; larger deliveries are answered with 413. The default is Meta's
	 * documented maximum ("Webhooks payloads can be up to 3MB", Cloud API webhooks page), read as 3 MiB.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(3);

	/**
	 * Whether to check the signature of deliveries; turn off for local development only.
	 */
	private boolean signatureCheck = true;

	private final Dedupe dedupe = new Dedupe();

	private final Resend resend = new Resend();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public @Nullable String getVerifyToken() {
		return this.verifyToken;
	}

	public void setVerifyToken(@Nullable String verifyToken) {
		this.verifyToken = verifyToken;
	}

	public @Nullable String getAppSecret() {
		return this.appSecret;
	}

	public void setAppSecret(@Nullable String appSecret) {
		this.appSecret = appSecret;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public boolean isSignatureCheck() {
		return this.signatureCheck;
	}

	public void setSignatureCheck(boolean signatureCheck) {
		this.signatureCheck = signatureCheck;
	}

	public Dedupe getDedupe() {
		return this.dedupe;
	}

	public Resend getResend() {
		return this.resend;
	}

	String requireAppSecret() {
		if (!StringUtils.hasText(this.appSecret)) {
			throw new InvalidWhatsAppPropertyException(PREFIX + ".app-secret",
					"is not set (it is required while " + PREFIX + ".signature-check is true)");
		}
		return this.appSecret;
	}

	String requirePath() {
		if (!StringUtils.hasText(this.path) || !this.path.startsWith("/")) {
			throw new InvalidWhatsAppPropertyException(PREFIX + ".path", "must start with '/'");
		}
		return this.path;
	}

	long requireMaxBodyBytes() {
		if (this.maxBodySize == null || this.maxBodySize.toBytes() <= 0) {
			throw new InvalidWhatsAppPropertyException(PREFIX + ".max-body-size", "must be positive");
		}
		return this.maxBodySize.toBytes();
	}

	@Override
	public String toString() {
		return "WhatsAppWebhookProperties[enabled=" + this.enabled + ", path=" + this.path + ", signatureCheck="
				+ this.signatureCheck + ", appSecret=" + ((this.appSecret != null) ? "******" : "none") + "]";
	}

	/**
	 * Duplicate suppression settings: Meta delivers some updates more than once.
	 */
	public static class Dedupe {

		/**
		 * How long a seen update is remembered (Meta retries undelivered webhooks for up to 7 days).
		 */
		private Duration ttl = Duration.ofDays(7);

		/**
		 * How long an update whose listeners are still running holds off its duplicates (they are
		 * answered 500, so Meta delivers them again later). After it, for example when the node died
		 * mid-listener, a redelivery is processed again; keep it longer than the slowest listener.
		 */
		private Duration claimTtl = Duration.ofMinutes(1);

		/**
		 * Most updates remembered by the in-memory store of each node; the oldest go first.
		 */
		private int maxEntries = 100_000;

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			this.ttl = ttl;
		}

		public Duration getClaimTtl() {
			return this.claimTtl;
		}

		public void setClaimTtl(Duration claimTtl) {
			this.claimTtl = claimTtl;
		}

		public int getMaxEntries() {
			return this.maxEntries;
		}

		public void setMaxEntries(int maxEntries) {
			this.maxEntries = maxEntries;
		}

	}

	/**
	 * Re-sending of messages that Meta reports as failed by status webhook for a retryable reason
	 * (131056, 130429, 131000, ...).
	 */
	public static class Resend {

		/**
		 * Whether messages reported failed for a retryable reason are sent again (through the rate
		 * limiter); when off, or when the message is no longer remembered, only events are published.
		 */
		private boolean enabled = true;

		/**
		 * How often one message is sent again at most.
		 */
		private int maxResends = 3;

		/**
		 * How long each node remembers a sent message for a possible re-send.
		 */
		private Duration storeTtl = Duration.ofHours(1);

		/**
		 * Most sent messages each node remembers; the oldest go first.
		 */
		private int storeMaxEntries = 10_000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxResends() {
			return this.maxResends;
		}

		public void setMaxResends(int maxResends) {
			this.maxResends = maxResends;
		}

		public Duration getStoreTtl() {
			return this.storeTtl;
		}

		public void setStoreTtl(Duration storeTtl) {
			this.storeTtl = storeTtl;
		}

		public int getStoreMaxEntries() {
			return this.storeMaxEntries;
		}

		public void setStoreMaxEntries(int storeMaxEntries) {
			this.storeMaxEntries = storeMaxEntries;
		}

	}

}
