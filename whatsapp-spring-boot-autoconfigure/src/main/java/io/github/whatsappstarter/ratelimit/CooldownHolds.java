package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds a number's reserved throughput slots during the cool-down after a 130429: records when a
 * cool-down started on this node (one per cool-down however many sends saw the 130429) and until
 * when slots that come due must wait, for cool-downs of this node and those other nodes publish.
 */
final class CooldownHolds {

	private final Duration cooldown;

	private final Map<String, Long> lastStart = new ConcurrentHashMap<>();

	private final Map<String, Long> pausedUntil = new ConcurrentHashMap<>();

	CooldownHolds(Duration cooldown) {
		this.cooldown = cooldown;
	}

	/**
	 * Starts a cool-down for a number unless cool-downs are off or one started less than a
	 * cool-down ago.
	 * @return whether a cool-down started
	 */
	boolean start(String phoneNumberId) {
		long now = System.nanoTime();
		Long previous = this.lastStart.get(phoneNumberId);
		if (this.cooldown.isZero() || (previous != null && now - previous < this.cooldown.toNanos())) {
			return false;
		}
		this.lastStart.put(phoneNumberId, now);
		this.pausedUntil.put(phoneNumberId, now + this.cooldown.toNanos());
		return true;
	}

	/**
	 * Receives a cool-down that a node (this one included) published after a 130429: slots already
	 * reserved on this node that come due during it wait until it is over and take a new slot.
	 */
	void hold(String phoneNumberId, Duration cooldown) {
		this.pausedUntil.merge(phoneNumberId, System.nanoTime() + cooldown.toNanos(), Math::max);
	}

	/**
	 * Returns how long a number's cool-down still lasts on this node, 0 if none.
	 */
	long remainingNanos(String phoneNumberId) {
		Long until = this.pausedUntil.get(phoneNumberId);
		return (until != null) ? Math.max(0, until - System.nanoTime()) : 0;
	}

}
