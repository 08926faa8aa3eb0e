package io.github.whatsappstarter.benchmarks;

import java.util.Arrays;

/**
 * A growable record of latencies in nanoseconds with nearest-rank percentiles. Thread-safe.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Latencies {

	private long[] values = new long[1024];

	private int size;

	synchronized void add(long nanos) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = nanos;
	}

	synchronized void clear() {
		this.size = 0;
	}

	synchronized int size() {
		return this.size;
	}

	/**
	 * Returns a percentile in microseconds.
	 * @param percent the percentile, e.g. 99
	 * @return the value in µs, NaN when empty
	 */
	synchronized double percentileMicros(double percent) {
		if (this.size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.values, this.size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
	}

}
