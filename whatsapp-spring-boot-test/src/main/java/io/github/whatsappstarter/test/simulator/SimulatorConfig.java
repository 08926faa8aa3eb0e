package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable settings of a {@link WhatsAppSimulator}; build one with {@link #builder()}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class SimulatorConfig {

	/** Default access token expected in the {@code Authorization: Bearer} header. */
	public static final String DEFAULT_ACCESS_TOKEN = "simulator-token";

	/** Default phone-number id reported by {@link WhatsAppSimulator#phoneNumberId()}. */
	public static final String DEFAULT_PHONE_NUMBER_ID = "100000000000001";

	/**
	 * Default Graph code answered when the messaging-limit tier is exhausted. Meta documents none
	 * (cloud-api.md OPEN 5); 131048 is the closest documented "cannot send more for now" code.
	 */
	public static final int DEFAULT_MESSAGING_LIMIT_ERROR_CODE = 131048;

	final int port;
	final String accessToken;
	final String phoneNumberId;
	final Set<String> registeredPhoneNumberIds;
	final boolean limitsEnabled;
	final int throughputPerSecond;
	final Duration throughputWindow;
	final int pairBurst;
	final Duration pairInterval;
	final int messagingLimitTier;
	final Duration messagingLimitWindow;
	final int messagingLimitErrorCode;
	final String messagingLimitName;
	final int throttleHttpStatus;
	final boolean markAsReadCountsTowardThroughput;
	final Set<String> unknownRecipients;
	final String webhookUrl;
	final String appSecret;
	final int serverThreads;
	final Duration timeoutFaultHold;
	final String verifiedName;
	final String displayPhoneNumber;
	final boolean recordBodies;
	final Latency latency;

	private SimulatorConfig(Builder b) {
		this.port = b.port;
		this.accessToken = b.accessToken;
		this.phoneNumberId = b.phoneNumberId;
		this.registeredPhoneNumberIds = Set.copyOf(b.registeredPhoneNumberIds);
		this.limitsEnabled = b.limitsEnabled;
		this.throughputPerSecond = b.throughputPerSecond;
		this.throughputWindow = b.throughputWindow;
		this.pairBurst = b.pairBurst;
		this.pairInterval = b.pairInterval;
		this.messagingLimitTier = b.messagingLimitTier;
		this.messagingLimitWindow = b.messagingLimitWindow;
		this.messagingLimitErrorCode = b.messagingLimitErrorCode;
		this.messagingLimitName = b.messagingLimitName;
		this.throttleHttpStatus = b.throttleHttpStatus;
		this.markAsReadCountsTowardThroughput = b.markAsReadCountsTowardThroughput;
		this.unknownRecipients = Set.copyOf(b.unknownRecipients);
		this.webhookUrl = b.webhookUrl;
		this.appSecret = b.appSecret;
		this.serverThreads = b.serverThreads;
		this.timeoutFaultHold = b.timeoutFaultHold;
		this.verifiedName = b.verifiedName;
		this.displayPhoneNumber = b.displayPhoneNumber;
		this.recordBodies = b.recordBodies;
		this.latency = b.latency;
	}

	/**
	 * Start a builder with Meta's defaults (80 msg/s, pair burst 45 refilled 1 per 6 s).
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The defaults.
	 * @return a config with every default
	 */
	public static SimulatorConfig defaults() {
		return builder().build();
	}

	public int port() {
		return this.port;
	}

	public String accessToken() {
		return this.accessToken;
	}

	public String phoneNumberId() {
		return this.phoneNumberId;
	}

	public int throughputPerSecond() {
		return this.throughputPerSecond;
	}

	public int pairBurst() {
		return this.pairBurst;
	}

	public Duration pairInterval() {
		return this.pairInterval;
	}

	public int throttleHttpStatus() {
		return this.throttleHttpStatus;
	}

	public String webhookUrl() {
		return this.webhookUrl;
	}

	/**
	 * The latency model message requests start with; {@link WhatsAppSimulator#latency(Latency)} changes it at
	 * runtime.
	 * @return the configured latency, {@link Latency#none()} by default
	 */
	public Latency latency() {
		return this.latency;
	}

	@Override
	public String toString() {
		return "SimulatorConfig[port=" + this.port + ", phoneNumberId=" + this.phoneNumberId + ", limitsEnabled="
				+ this.limitsEnabled + ", throughput=" + this.throughputPerSecond + "/" + this.throughputWindow
				+ ", pairBurst=" + this.pairBurst + ", pairInterval=" + this.pairInterval + ", tier="
				+ this.messagingLimitTier + ", throttleHttpStatus=" + this.throttleHttpStatus + ", latency=" + this.latency
				+ ", webhookUrl=" + this.webhookUrl + "]";
	}

	/**
	 * Builder for {@link SimulatorConfig}; every setter returns the builder.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public static final class Builder {

		private int port;
		private String accessToken = DEFAULT_ACCESS_TOKEN;
		private String phoneNumberId = DEFAULT_PHONE_NUMBER_ID;
		private Set<String> registeredPhoneNumberIds = new LinkedHashSet<>();
		private boolean limitsEnabled = true;
		private int throughputPerSecond = 80;
		private Duration throughputWindow = Duration.ofSeconds(1);
		private int pairBurst = 45;
		private Duration pairInterval = Duration.ofSeconds(6);
		private int messagingLimitTier;
		private Duration messagingLimitWindow = Duration.ofHours(24);
		private int messagingLimitErrorCode = DEFAULT_MESSAGING_LIMIT_ERROR_CODE;
		private String messagingLimitName = "TIER_250";
		private int throttleHttpStatus = 400;
		private boolean markAsReadCountsTowardThroughput;
		private Set<String> unknownRecipients = new LinkedHashSet<>();
		private String webhookUrl;
		private String appSecret;
		private int serverThreads = 8;
		private Duration timeoutFaultHold = Duration.ofSeconds(30);
		private String verifiedName = "WhatsApp Simulator";
		private String displayPhoneNumber = "15550000001";
		private boolean recordBodies = true;
		private Latency latency = Latency.none();

		private Builder() {
		}

		/** Port to bind on 127.0.0.1; 0 (default) picks a free one. */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/** Token expected after {@code Bearer }. */
		public Builder accessToken(String accessToken) {
			this.accessToken = Objects.requireNonNull(accessToken, "accessToken must not be null");
			return this;
		}

		/** Default phone-number id handed to clients. */
		public Builder phoneNumberId(String phoneNumberId) {
			this.phoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId must not be null");
			return this;
		}

		/** Only these ids (plus the default id) are known; others get code 100. Empty = any id. */
		public Builder registeredPhoneNumberIds(String... ids) {
			this.registeredPhoneNumberIds = new LinkedHashSet<>(Set.of(ids));
			return this;
		}

		/** Switch every limit on (default) or off, e.g. for raw overhead measurements. */
		public Builder limitsEnabled(boolean enabled) {
			this.limitsEnabled = enabled;
			return this;
		}

		/** Accepted messages per number in any sliding window (default 80). */
		public Builder throughputPerSecond(int messages) {
			this.throughputPerSecond = positive(messages, "throughputPerSecond");
			return this;
		}

		/** Length of the throughput window (default 1 s). */
		public Builder throughputWindow(Duration window) {
			this.throughputWindow = positive(window, "throughputWindow");
			return this;
		}

		/** Pair bucket capacity (default 45). */
		public Builder pairBurst(int burst) {
			this.pairBurst = positive(burst, "pairBurst");
			return this;
		}

		/** Time to refill one pair token (default 6 s). */
		public Builder pairInterval(Duration interval) {
			this.pairInterval = positive(interval, "pairInterval");
			return this;
		}

		/** Unique template recipients per number in the tier window; 0 (default) switches it off. */
		public Builder messagingLimitTier(int uniqueRecipients) {
			this.messagingLimitTier = uniqueRecipients;
			return this;
		}

		/** Rolling window of the messaging-limit tier (default 24 h). */
		public Builder messagingLimitWindow(Duration window) {
			this.messagingLimitWindow = positive(window, "messagingLimitWindow");
			return this;
		}

		/** Graph code answered when the tier is used up (default 131048, see the constant). */
		public Builder messagingLimitErrorCode(int code) {
			this.messagingLimitErrorCode = code;
			return this;
		}

		/** Value of the {@code whatsapp_business_manager_messaging_limit} field (default TIER_250). */
		public Builder messagingLimitName(String name) {
			this.messagingLimitName = Objects.requireNonNull(name, "name must not be null");
			return this;
		}

		/** HTTP status of 130429 and 131056 answers (default 400 as in Meta's table; 429 optional). */
		public Builder throttleHttpStatus(int status) {
			this.throttleHttpStatus = status;
			return this;
		}

		/** Whether mark-as-read calls use throughput (default false). */
		public Builder markAsReadCountsTowardThroughput(boolean counts) {
			this.markAsReadCountsTowardThroughput = counts;
			return this;
		}

		/** Recipients (digits) answered with 131026. */
		public Builder unknownRecipients(String... recipients) {
			this.unknownRecipients = new LinkedHashSet<>(Set.of(recipients));
			return this;
		}

		/** Callback URL for status webhooks; null (default) sends none. */
		public Builder webhookUrl(String url) {
			this.webhookUrl = url;
			return this;
		}

		/** App secret that signs webhooks. */
		public Builder appSecret(String secret) {
			this.appSecret = secret;
			return this;
		}

		/** HTTP server threads (default 8). */
		public Builder serverThreads(int threads) {
			this.serverThreads = positive(threads, "serverThreads");
			return this;
		}

		/** How long a timeout fault holds the connection before closing it (default 30 s). */
		public Builder timeoutFaultHold(Duration hold) {
			this.timeoutFaultHold = positive(hold, "timeoutFaultHold");
			return this;
		}

		/** The {@code verified_name} field. */
		public Builder verifiedName(String name) {
			this.verifiedName = Objects.requireNonNull(name, "name must not be null");
			return this;
		}

		/** The {@code display_phone_number} field. */
		public Builder displayPhoneNumber(String number) {
			this.displayPhoneNumber = Objects.requireNonNull(number, "number must not be null");
			return this;
		}

		/** Keep each request's raw body in its record (default true; switch off for long load runs). */
		public Builder recordBodies(boolean record) {
			this.recordBodies = record;
			return this;
		}

		/**
		 * Wait this long before writing the answer to a message request (default {@link Latency#none()});
		 * limits and the recorder still count the request when it arrives. Meta answers after about
		 * {@code Latency.lognormal(Duration.ofMillis(300), 0.4)}.
		 * @param latency the latency model
		 * @return this builder
		 */
		public Builder latency(Latency latency) {
			this.latency = Objects.requireNonNull(latency, "latency must not be null");
			return this;
		}

		public SimulatorConfig build() {
			if (this.webhookUrl != null && this.appSecret == null) {
				throw new IllegalStateException("A webhook URL needs an app secret to sign the webhooks");
			}
			return new SimulatorConfig(this);
		}

		private static int positive(int value, String name) {
			if (value <= 0) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

		private static Duration positive(Duration value, String name) {
			if (value == null || value.isZero() || value.isNegative()) {
				throw new IllegalArgumentException(name + " must be positive");
			}
			return value;
		}

	}

}
