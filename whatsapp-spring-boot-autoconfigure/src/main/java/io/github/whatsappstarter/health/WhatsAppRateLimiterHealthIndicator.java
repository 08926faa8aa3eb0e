package io.github.whatsappstarter.health;

import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health indicator for the rate limiter: backend, members sharing the limits, waiting callers and
 * how often Meta still answered 131056 / 130429. A busy limiter is never {@code DOWN}:
 * {@link WhatsAppHealthStatus#DEGRADED} while the grid is unreachable and the node-local fallback
 * runs, {@link WhatsAppHealthStatus#RATE_LIMITED} while at least {@code waitingCallersThreshold}
 * callers wait for a slot, otherwise {@code UP}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppRateLimiterHealthIndicator extends AbstractHealthIndicator {

	private final RateLimiterStatus status;

	private final int waitingCallersThreshold;

	/**
	 * Creates an indicator.
	 * @param status the limiter's status
	 * @param waitingCallersThreshold waiting callers from which the limiter counts as saturated
	 */
	public WhatsAppRateLimiterHealthIndicator(RateLimiterStatus status, int waitingCallersThreshold) {
		super("WhatsApp rate limiter health check failed");
		Assert.notNull(status, "status must not be null");
		Assert.isTrue(waitingCallersThreshold > 0, "waitingCallersThreshold must be positive");
		this.status = status;
		this.waitingCallersThreshold = waitingCallersThreshold;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		LimiterState state = this.status.getState();
		int waiting = this.status.getWaitingCallers();
		if (state == LimiterState.DEGRADED) {
			builder.status(WhatsAppHealthStatus.DEGRADED)
				.withDetail("reason", "The shared backend failed; this node enforces its share of the limits");
		}
		else if (waiting >= this.waitingCallersThreshold) {
			builder.status(WhatsAppHealthStatus.RATE_LIMITED)
				.withDetail("reason", waiting + " callers wait for a slot (threshold " + this.waitingCallersThreshold
						+ "); sends are delayed, not lost");
		}
		else {
			builder.up();
		}
		builder.withDetail("backend", this.status.getBackend())
			.withDetail("state", state.name())
			.withDetail("members", this.status.getMemberCount())
			.withDetail("waitingCallers", waiting)
			.withDetail("pairRateLimited131056", this.status.getPairRateLimitedCount())
			.withDetail("throughputLimited130429", this.status.getThroughputLimitedCount());
	}

}
