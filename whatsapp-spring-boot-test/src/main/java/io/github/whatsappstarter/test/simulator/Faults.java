package io.github.whatsappstarter.test.simulator;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults injected into a running simulator. Rules are checked in the order they were added after the
 * bearer check and body validation; the first that matches applies. {@link WhatsAppSimulator#reset()}
 * clears them.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class Faults {

	private final CopyOnWriteArrayList<Rule> rules = new CopyOnWriteArrayList<>();

	/**
	 * Add a fault.
	 * @param fault the fault and the requests it applies to
	 * @return this
	 */
	public Faults inject(Fault fault) {
		this.rules.add(new Rule(fault));
		return this;
	}

	/**
	 * Remove every fault.
	 */
	public void clear() {
		this.rules.clear();
	}

	/**
	 * Whether any fault is still active.
	 * @return true when a rule can still apply
	 */
	public boolean isEmpty() {
		return this.rules.isEmpty();
	}

	Fault match(String recipient) {
		if (this.rules.isEmpty()) {
			return null;
		}
		for (Rule rule : this.rules) {
			Fault fault = rule.fault;
			if (fault.recipient != null && !fault.recipient.equals(recipient)) {
				continue;
			}
			if (fault.probability < 1.0 && ThreadLocalRandom.current().nextDouble() >= fault.probability) {
				continue;
			}
			if (rule.claim()) {
				return fault;
			}
			this.rules.remove(rule);
		}
		return null;
	}

	private static final class Rule {

		private final Fault fault;

		private final AtomicInteger remaining;

		Rule(Fault fault) {
			this.fault = fault;
			this.remaining = new AtomicInteger(fault.times);
		}

		boolean claim() {
			if (this.fault.times < 0) {
				return true;
			}
			return this.remaining.getAndDecrement() > 0;
		}

	}

}
