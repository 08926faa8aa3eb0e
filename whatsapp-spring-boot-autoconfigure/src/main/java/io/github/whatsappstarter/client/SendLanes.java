package io.github.whatsappstarter.client;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One FIFO lane per (phone number, recipient): only the head of a lane goes through the limiter,
 * the next starts once the head was dispatched or gave up. Sends to one recipient are thus
 * dispatched in the order they were sent, and two sends on this node never compete for the same
 * pair slot (which would waste throughput slots). Idle lanes take no memory.
 */
final class SendLanes {

	private final ConcurrentHashMap<String, ArrayDeque<Runnable>> lanes = new ConcurrentHashMap<>();

	private final Executor executor;

	SendLanes(Executor executor) {
		this.executor = executor;
	}

	/**
	 * Runs {@code step} now if the lane is free, else when every step entered before it has left.
	 */
	void enter(String lane, Runnable step) {
		boolean[] head = new boolean[1];
		this.lanes.compute(lane, (key, waiting) -> {
			if (waiting == null) {
				head[0] = true;
				return new ArrayDeque<>();
			}
			waiting.add(step);
			return waiting;
		});
		if (head[0]) {
			step.run();
		}
	}

	/**
	 * Called once by the head of a lane when it leaves: starts the next step, on the executor.
	 */
	void leave(String lane) {
		Runnable[] next = new Runnable[1];
		this.lanes.computeIfPresent(lane, (key, waiting) -> {
			next[0] = waiting.poll();
			return (next[0] != null) ? waiting : null;
		});
		if (next[0] != null) {
			try {
				this.executor.execute(next[0]);
			}
			catch (RuntimeException ex) {
				// shut down: the step runs here and finds the pipeline closed
				next[0].run();
			}
		}
	}

}
