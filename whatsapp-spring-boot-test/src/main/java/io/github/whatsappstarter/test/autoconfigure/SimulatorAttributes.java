package io.github.whatsappstarter.test.autoconfigure;

import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.DurationStyle;

/**
 * The attributes of one {@link AutoConfigureWhatsAppSimulator}; equal attributes mean the same simulator, so they
 * are part of the context cache key.
 */
record SimulatorAttributes(boolean limits, int throughput, int pairBurst, String pairInterval, String latency,
		double latencySigma, String accessToken, String phoneNumberId, boolean webhooks, String appSecret) {

	static SimulatorAttributes of(AutoConfigureWhatsAppSimulator annotation) {
		return new SimulatorAttributes(annotation.limits(), annotation.throughput(), annotation.pairBurst(),
				annotation.pairInterval(), annotation.latency(), annotation.latencySigma(), annotation.accessToken(),
				annotation.phoneNumberId(), annotation.webhooks(), annotation.appSecret());
	}

	SimulatorConfig toConfig() {
		return SimulatorConfig.builder()
			.limitsEnabled(this.limits)
			.throughputPerSecond(this.throughput)
			.pairBurst(this.pairBurst)
			.pairInterval(DurationStyle.detectAndParse(this.pairInterval))
			.latency(Latency.parse(this.latency, this.latencySigma))
			.accessToken(this.accessToken)
			.phoneNumberId(this.phoneNumberId)
			.build();
	}

	@Nullable String webhookSecret() {
		return this.webhooks ? this.appSecret : null;
	}

}
