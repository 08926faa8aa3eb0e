package io.github.whatsappstarter.metrics;

import java.time.Duration;

import io.github.whatsappstarter.ratelimit.LimiterState;
import io.github.whatsappstarter.ratelimit.RateLimitListener;
import io.github.whatsappstarter.ratelimit.RateLimiterStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.util.Assert;

/**
 * Meters of the rate limiter: a {@link RateLimitListener} timing every granted slot
 * ({@code whatsapp.ratelimit.wait}, zero when free) and counting refusals
 * ({@code whatsapp.ratelimit.rejected}), both tagged {@code limit} and {@code phone.number.id};
 * and, bound from {@link RateLimiterStatus}, the gauges {@code whatsapp.ratelimit.waiting} and
 * {@code whatsapp.ratelimit.degraded} and the counter {@code whatsapp.ratelimit.meta.rejections}
 * tagged {@code error.code} (131056, 130429).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppRateLimitMetrics implements RateLimitListener, MeterBinder {

	/** Timer of waits for a slot. */
	public static final String WAIT = "whatsapp.ratelimit.wait";

	/** Counter of refused slots (the wait would exceed max-wait). */
	public static final String REJECTED = "whatsapp.ratelimit.rejected";

	private final MeterRegistry registry;

	private final RateLimiterStatus status;

	/**
	 * Creates the meters.
	 * @param registry where the listener meters are registered
	 * @param status the limiter's status, read by the gauges
	 */
	public WhatsAppRateLimitMetrics(MeterRegistry registry, RateLimiterStatus status) {
		Assert.notNull(registry, "registry must not be null");
		Assert.notNull(status, "status must not be null");
		this.registry = registry;
		this.status = status;
	}

	@Override
	public void onWait(String limit, String phoneNumberId, String recipient, Duration wait) {
		Timer.builder(WAIT)
			.description("Wait for a rate-limit slot, zero when one was free")
			.tag("limit", limit)
			.tag("phone.number.id", phoneNumberId)
			.register(this.registry)
			.record(wait);
	}

	@Override
	public void onRejected(String limit, String phoneNumberId, String recipient, Duration requiredWait) {
		Counter.builder(REJECTED)
			.description("Slots refused because the wait would exceed max-wait")
			.tag("limit", limit)
			.tag("phone.number.id", phoneNumberId)
			.register(this.registry)
			.increment();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		RateLimiterStatus limiter = this.status;
		Gauge.builder("whatsapp.ratelimit.waiting", limiter, RateLimiterStatus::getWaitingCallers)
			.description("Callers waiting for a rate-limit slot")
			.register(registry);
		Gauge.builder("whatsapp.ratelimit.degraded", limiter, (s) -> (s.getState() == LimiterState.DEGRADED) ? 1 : 0)
			.description("1 while the limiter runs on its node-local fallback")
			.register(registry);
		FunctionCounter
			.builder("whatsapp.ratelimit.meta.rejections", limiter, RateLimiterStatus::getPairRateLimitedCount)
			.description("Throttling answers from Meta despite the limiter")
			.tag("error.code", "131056")
			.register(registry);
		FunctionCounter
			.builder("whatsapp.ratelimit.meta.rejections", limiter, RateLimiterStatus::getThroughputLimitedCount)
			.description("Throttling answers from Meta despite the limiter")
			.tag("error.code", "130429")
			.register(registry);
	}

}
