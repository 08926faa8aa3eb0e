package io.github.whatsappstarter.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.whatsappstarter.campaign.PausedCampaign;
import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppRateLimitedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.Assert;

/**
 * Health indicator for the Cloud API: reads the phone number's verified name, quality rating,
 * throughput level, messaging-limit tier, status and {@code health_status}
 * ({@code GET /{phone-number-id}?fields=...}), which spends no message quota. A number Meta blocks
 * ({@code can_send_message} {@code BLOCKED}) or that is not {@code CONNECTED} is {@code DOWN}; a
 * {@code LIMITED} one, quality {@code RED} or status {@code FLAGGED} is
 * {@link WhatsAppHealthStatus#LIMITED}, which keeps readiness up. The answer is cached for {@code cacheTtl} because Meta
 * rate-limits these reads. A rejected token is {@code DOWN}; throttling of the read (codes 4,
 * 80007, 130429) is {@link WhatsAppHealthStatus#RATE_LIMITED}, not an outage. The client given
 * should have a short read timeout. The access token is never part of the details.
 * <p>
 * Paused campaigns (given a source of them) are listed under {@code pausedCampaigns} with id, name,
 * reason, error code and since when, read fresh on every call. They do not change the status: a
 * pause is a campaign's state, not this node's, and taking nodes out of readiness would not resume
 * it; the account-level causes that stop every send (a rejected token, a blocked number) already
 * turn the phone-number read {@code DOWN} on their own.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppHealthIndicator extends AbstractHealthIndicator {

	private final CloudApiClient client;

	private final String phoneNumberId;

	private final long cacheTtlNanos;

	private final @Nullable PausedCampaignsDetail pausedCampaigns;

	private volatile @Nullable Snapshot snapshot;

	/**
	 * Creates an indicator.
	 * @param client the client used for the read, ideally with a short read timeout
	 * @param phoneNumberId the phone number to check
	 * @param cacheTtl how long an answer is reused; zero disables the cache
	 */
	public WhatsAppHealthIndicator(CloudApiClient client, String phoneNumberId, Duration cacheTtl) {
		this(client, phoneNumberId, cacheTtl, null);
	}

	/**
	 * Creates an indicator that also lists the paused campaigns.
	 * @param client the client used for the read, ideally with a short read timeout
	 * @param phoneNumberId the phone number to check
	 * @param cacheTtl how long an answer is reused; zero disables the cache
	 * @param pausedCampaigns the paused campaigns (e.g. {@code WhatsAppCampaigns::paused}), read on
	 * every call, or {@code null}
	 * @since 0.3.0
	 */
	public WhatsAppHealthIndicator(CloudApiClient client, String phoneNumberId, Duration cacheTtl,
			@Nullable Supplier<List<PausedCampaign>> pausedCampaigns) {
		super("WhatsApp Cloud API health check failed");
		Assert.notNull(client, "client must not be null");
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		Assert.isTrue(cacheTtl != null && !cacheTtl.isNegative(), "cacheTtl must not be negative");
		this.client = client;
		this.phoneNumberId = phoneNumberId;
		this.cacheTtlNanos = cacheTtl.toNanos();
		this.pausedCampaigns = (pausedCampaigns != null) ? new PausedCampaignsDetail(pausedCampaigns) : null;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Health health = current();
		builder.status(health.getStatus()).withDetails(health.getDetails());
		if (this.pausedCampaigns != null) {
			this.pausedCampaigns.addTo(builder);
		}
	}

	private Health current() {
		Snapshot cached = this.snapshot;
		if (cached != null && System.nanoTime() - cached.expiresAt() < 0) {
			return cached.health();
		}
		synchronized (this) {
			cached = this.snapshot;
			if (cached != null && System.nanoTime() - cached.expiresAt() < 0) {
				return cached.health();
			}
			Health health = read((cached != null) ? cached.lastGood() : null);
			Map<String, Object> lastGood = (health.getDetails().containsKey("numberStatus")
					|| Status.UP.equals(health.getStatus())) ? health.getDetails()
							: ((cached != null) ? cached.lastGood() : null);
			this.snapshot = new Snapshot(health, System.nanoTime() + this.cacheTtlNanos, lastGood);
			return health;
		}
	}

	private Health read(@Nullable Map<String, Object> lastGood) {
		String checkedAt = Instant.now().toString();
		try {
			byte[] body = this.client.phoneNumberFields(this.phoneNumberId, PhoneNumberHealth.FIELDS);
			Map<String, Object> details = PhoneNumberHealth.details(this.phoneNumberId, body);
			return Health.status(PhoneNumberHealth.status(details))
				.withDetails(details)
				.withDetail("checkedAt", checkedAt)
				.build();
		}
		catch (WhatsAppAuthenticationException ex) {
			return failure(Health.down(), ex, checkedAt)
				.withDetail("reason", "The access token was rejected (expired, revoked or invalid); "
						+ "renew whatsapp.access-token")
				.build();
		}
		catch (WhatsAppRateLimitedException ex) {
			Health.Builder builder = Health.status(WhatsAppHealthStatus.RATE_LIMITED);
			if (lastGood != null) {
				builder.withDetails(lastGood);
			}
			return failure(builder, ex, checkedAt)
				.withDetail("reason", "Meta throttles management reads; not an outage, sends are unaffected")
				.build();
		}
		catch (WhatsAppException ex) {
			return failure(Health.down(), ex, checkedAt).withDetail("reason", ex.getMessage()).build();
		}
		catch (RuntimeException ex) {
			// e.g. an unreadable 200: cached like any other answer, so probes do not spend Meta's read budget
			return Health.down()
				.withDetail("phoneNumberId", this.phoneNumberId)
				.withDetail("reason", "Unreadable answer from the Cloud API: " + ex.getClass().getSimpleName())
				.withDetail("checkedAt", checkedAt)
				.build();
		}
	}

	private Health.Builder failure(Health.Builder builder, WhatsAppException ex, String checkedAt) {
		builder.withDetail("phoneNumberId", this.phoneNumberId).withDetail("errorCode", ex.getCode());
		if (ex.getHttpStatus() != 0) {
			builder.withDetail("httpStatus", ex.getHttpStatus());
		}
		if (ex.getFbtraceId() != null) {
			builder.withDetail("fbtraceId", ex.getFbtraceId());
		}
		return builder.withDetail("checkedAt", checkedAt);
	}

	private record Snapshot(Health health, long expiresAt, @Nullable Map<String, Object> lastGood) {
	}

}
