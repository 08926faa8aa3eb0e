package io.github.whatsappstarter.test.simulator;

import java.time.Duration;

/**
 * The simulator's limits, changeable while it runs; {@link WhatsAppSimulator#reset()} restores the
 * configured values. Changes apply to the next request (existing pair buckets keep their tokens, clamped
 * to the new burst).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class Limits {

	private final SimulatorConfig config;

	private volatile Settings settings;

	Limits(SimulatorConfig config) {
		this.config = config;
		restore();
	}

	/**
	 * Switch all limits on or off.
	 * @param enabled whether limits apply
	 * @return this
	 */
	public Limits enabled(boolean enabled) {
		Settings s = this.settings;
		this.settings = new Settings(enabled, s.throughput, s.throughputWindowNanos, s.pairBurst, s.pairIntervalNanos,
				s.tier, s.tierWindowNanos);
		return this;
	}

	/**
	 * Set the messages accepted per number in any throughput window.
	 * @param messages the limit
	 * @return this
	 */
	public Limits throughput(int messages) {
		Settings s = this.settings;
		this.settings = new Settings(s.enabled, messages, s.throughputWindowNanos, s.pairBurst, s.pairIntervalNanos,
				s.tier, s.tierWindowNanos);
		return this;
	}

	/**
	 * Set the pair bucket's burst and refill interval.
	 * @param burst the capacity
	 * @param interval the time to refill one token
	 * @return this
	 */
	public Limits pair(int burst, Duration interval) {
		Settings s = this.settings;
		this.settings = new Settings(s.enabled, s.throughput, s.throughputWindowNanos, burst, interval.toNanos(),
				s.tier, s.tierWindowNanos);
		return this;
	}

	/**
	 * Set the messaging-limit tier (unique template recipients per window); 0 switches it off.
	 * @param uniqueRecipients the tier
	 * @return this
	 */
	public Limits messagingLimitTier(int uniqueRecipients) {
		Settings s = this.settings;
		this.settings = new Settings(s.enabled, s.throughput, s.throughputWindowNanos, s.pairBurst,
				s.pairIntervalNanos, uniqueRecipients, s.tierWindowNanos);
		return this;
	}

	/**
	 * The current throughput limit.
	 * @return messages per window
	 */
	public int throughput() {
		return this.settings.throughput;
	}

	void restore() {
		SimulatorConfig c = this.config;
		this.settings = new Settings(c.limitsEnabled, c.throughputPerSecond, c.throughputWindow.toNanos(),
				c.pairBurst, c.pairInterval.toNanos(), c.messagingLimitTier, c.messagingLimitWindow.toNanos());
	}

	Settings settings() {
		return this.settings;
	}

	record Settings(boolean enabled, int throughput, long throughputWindowNanos, int pairBurst,
			long pairIntervalNanos, int tier, long tierWindowNanos) {
	}

}
