package io.github.whatsappstarter.metrics;

import java.time.Duration;

import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.LocalBucketStore;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WhatsAppRateLimitMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final BucketRateLimiter limiter = new BucketRateLimiter(new LocalBucketStore(),
			RateLimitSettings.defaults().withPair(Duration.ofSeconds(10), 1).withMaxWait(Duration.ofMillis(100)));

	private final WhatsAppRateLimitMetrics metrics = new WhatsAppRateLimitMetrics(this.registry, this.limiter);

	@AfterEach
	void close() {
		this.limiter.close();
	}

	@Test
	void timesEveryGrantedSlotByLimit() {
		this.limiter.addListener(this.metrics);
		this.limiter.acquire("111", "15550001111");
		this.limiter.acquire("111", "15550002222");
		assertThat(this.registry.get("whatsapp.ratelimit.wait").tags("limit", "pair", "phone.number.id", "111")
			.timer()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("whatsapp.ratelimit.wait").tags("limit", "throughput").timer().count())
			.isEqualTo(2);
	}

	@Test
	void countsSlotsRefusedBeyondMaxWait() {
		this.limiter.addListener(this.metrics);
		this.limiter.acquire("111", "15550001111");
		assertThatExceptionOfType(RateLimitWaitExceededException.class)
			.isThrownBy(() -> this.limiter.acquire("111", "15550001111"));
		assertThat(this.registry.get("whatsapp.ratelimit.rejected").tags("limit", "pair").counter().count())
			.isEqualTo(1.0);
	}

	@Test
	void bindsGaugesAndMetaRejectionCountsFromTheLimiterStatus() {
		this.metrics.bindTo(this.registry);
		this.limiter.onPairRateLimited("111", "15550001111");
		this.limiter.onPairRateLimited("111", "15550002222");
		this.limiter.onThroughputLimited("111");
		assertThat(this.registry.get("whatsapp.ratelimit.meta.rejections").tags("error.code", "131056")
			.functionCounter()
			.count()).isEqualTo(2.0);
		assertThat(this.registry.get("whatsapp.ratelimit.meta.rejections").tags("error.code", "130429")
			.functionCounter()
			.count()).isEqualTo(1.0);
		assertThat(this.registry.get("whatsapp.ratelimit.waiting").gauge().value()).isZero();
		assertThat(this.registry.get("whatsapp.ratelimit.degraded").gauge().value()).isZero();
	}

}
