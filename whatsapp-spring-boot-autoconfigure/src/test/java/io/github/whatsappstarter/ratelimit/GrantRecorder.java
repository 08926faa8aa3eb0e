package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records the instants at which permits were granted and finds the busiest sliding window.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class GrantRecorder {

	private final ConcurrentLinkedQueue<Long> grants = new ConcurrentLinkedQueue<>();

	/**
	 * Records a grant now.
	 */
	public void record() {
		this.grants.add(System.nanoTime());
	}

	/**
	 * Returns the number of grants recorded.
	 * @return the count
	 */
	public int count() {
		return this.grants.size();
	}

	/**
	 * Returns the number of grants recorded after the given {@link System#nanoTime()} instant.
	 * @param nanoTime the instant
	 * @return the count
	 */
	public long countAfter(long nanoTime) {
		return this.grants.stream().filter((grant) -> grant - nanoTime > 0).count();
	}

	/**
	 * Returns the highest number of grants in any closed window of the given length.
	 * @param window the window length
	 * @return the maximum count
	 */
	public int maxInAnyWindow(Duration window) {
		List<Long> sorted = new ArrayList<>(this.grants);
		Collections.sort(sorted);
		int max = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (sorted.get(end) - sorted.get(start) > window.toNanos()) {
				start++;
			}
			max = Math.max(max, end - start + 1);
		}
		return max;
	}

}
