package io.github.whatsappstarter.actuate;

import java.util.List;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignProgress;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.util.Assert;

/**
 * Read-only actuator endpoint {@code whatsapp}: the configured phone numbers with their
 * throughput limit and the tokens left in their bucket, the limiter's settings and state, and
 * the pairs under most pressure recently (recipients masked), and the campaigns of this node.
 * Shows no secret.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Endpoint(id = "whatsapp")
public class WhatsAppEndpoint {

	private static final int TOP_PAIRS = 10;

	private final List<String> phoneNumberIds;

	private final @Nullable RateLimiterStatus limiter;

	private final @Nullable PairPressureTracker pairPressure;

	private final @Nullable WhatsAppCampaigns campaigns;

	/**
	 * Creates the endpoint.
	 * @param phoneNumberIds the configured business phone number ids
	 * @param limiter the limiter's status, if any ({@link BucketRateLimiter} adds settings and levels)
	 * @param pairPressure the pair-pressure tracker, if any
	 * @param campaigns the campaign registry, if any
	 */
	public WhatsAppEndpoint(List<String> phoneNumberIds, @Nullable RateLimiterStatus limiter,
			@Nullable PairPressureTracker pairPressure, @Nullable WhatsAppCampaigns campaigns) {
		Assert.notNull(phoneNumberIds, "phoneNumberIds must not be null");
		this.phoneNumberIds = List.copyOf(phoneNumberIds);
		this.limiter = limiter;
		this.pairPressure = pairPressure;
		this.campaigns = campaigns;
	}

	/**
	 * Describes the starter's current configuration and limiter state.
	 * @return the description
	 */
	@ReadOperation
	public WhatsAppDescriptor whatsapp() {
		BucketRateLimiter buckets = (this.limiter instanceof BucketRateLimiter bucketLimiter) ? bucketLimiter : null;
		List<PhoneNumberDescriptor> numbers = this.phoneNumberIds.stream()
			.map((id) -> describe(id, buckets))
			.toList();
		RateLimitDescriptor rateLimit = (this.limiter != null) ? describe(this.limiter, buckets) : null;
		List<PairPressure> top = (this.pairPressure != null) ? this.pairPressure.top(TOP_PAIRS) : List.of();
		List<CampaignDescriptor> running = (this.campaigns != null)
				? this.campaigns.list().stream().map(CampaignDescriptor::of).toList() : List.of();
		return new WhatsAppDescriptor(numbers, rateLimit, top, running);
	}

	private static PhoneNumberDescriptor describe(String id, @Nullable BucketRateLimiter buckets) {
		if (buckets == null) {
			return new PhoneNumberDescriptor(id, null, null, null);
		}
		RateLimitSettings settings = buckets.getSettings();
		Long available;
		try {
			available = buckets.getAvailableThroughputTokens(id);
		}
		catch (RuntimeException ex) {
			available = null;
		}
		return new PhoneNumberDescriptor(id,
				settings.perNumberMessagesPerSecond().getOrDefault(id, settings.messagesPerSecond()),
				settings.effectiveMessagesPerSecond(id), available);
	}

	private static RateLimitDescriptor describe(RateLimiterStatus status, @Nullable BucketRateLimiter buckets) {
		RateLimitSettings settings = (buckets != null) ? buckets.getSettings() : null;
		return new RateLimitDescriptor(status.getBackend(), status.getState().name(), status.getMemberCount(),
				status.getWaitingCallers(), status.getPairRateLimitedCount(), status.getThroughputLimitedCount(),
				(settings != null) ? settings.pairInterval().toString() : null,
				(settings != null) ? settings.pairBurst() : null,
				(settings != null) ? settings.maxWait().toString() : null,
				(settings != null) ? settings.safetyMargin() : null);
	}

	/**
	 * The endpoint's answer.
	 *
	 * @param phoneNumbers the configured phone numbers
	 * @param rateLimit the limiter, or {@code null} when sends are not limited
	 * @param topPairPressure the pairs under most pressure recently
	 * @param campaigns the campaigns this node runs or ran recently, with their progress
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public record WhatsAppDescriptor(List<PhoneNumberDescriptor> phoneNumbers, @Nullable RateLimitDescriptor rateLimit,
			List<PairPressure> topPairPressure, List<CampaignDescriptor> campaigns) {
	}

	/**
	 * One campaign and its progress.
	 *
	 * @param id the campaign id
	 * @param name the campaign name
	 * @param total messages in the campaign
	 * @param sent messages sent
	 * @param failed messages failed
	 * @param pending messages neither sent nor failed yet
	 * @param ratePerSecond recent send rate
	 * @param finished whether every message has ended
	 * @param cancelled whether the campaign was cancelled
	 * @param status where the campaign stands
	 * @param pauseReason why it is paused (e.g. {@code ACCESS_TOKEN}), or {@code null}
	 * @param pauseErrorCode the Graph error code that paused it, or {@code null}
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public record CampaignDescriptor(String id, String name, int total, int sent, int failed, int pending,
			double ratePerSecond, boolean finished, boolean cancelled, String status, @Nullable String pauseReason,
			@Nullable Integer pauseErrorCode) {

		static CampaignDescriptor of(CampaignHandle handle) {
			CampaignProgress progress = handle.progress();
			return new CampaignDescriptor(handle.id(), handle.name(), progress.total(), progress.sent(),
					progress.failed(), progress.pending(), progress.ratePerSecond(), progress.finished(),
					handle.isCancelled(), progress.status().name(),
					(progress.pause() != null) ? progress.pause().reason().name() : null,
					(progress.pause() != null) ? progress.pause().errorCode() : null);
		}

	}

	/**
	 * One configured phone number.
	 *
	 * @param id the phone number id
	 * @param messagesPerSecond Meta's throughput level configured for it
	 * @param effectiveMessagesPerSecond what the limiter grants after the safety margin
	 * @param availableTokens tokens left in its throughput bucket now
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public record PhoneNumberDescriptor(String id, @Nullable Integer messagesPerSecond,
			@Nullable Integer effectiveMessagesPerSecond, @Nullable Long availableTokens) {
	}

	/**
	 * The limiter's settings and state; durations in ISO-8601.
	 *
	 * @param backend the backend, e.g. {@code hazelcast}
	 * @param state {@code OK} or {@code DEGRADED}
	 * @param members nodes sharing the limits
	 * @param waitingCallers callers waiting for a slot now
	 * @param pairRateLimited131056 131056 answers since start
	 * @param throughputLimited130429 130429 answers since start
	 * @param pairInterval sustained spacing per recipient
	 * @param pairBurst burst per recipient
	 * @param maxWait longest wait for a slot
	 * @param safetyMargin fraction of the throughput level kept free
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 */
	public record RateLimitDescriptor(String backend, String state, int members, int waitingCallers,
			long pairRateLimited131056, long throughputLimited130429, @Nullable String pairInterval,
			@Nullable Integer pairBurst, @Nullable String maxWait, @Nullable Double safetyMargin) {
	}

}
