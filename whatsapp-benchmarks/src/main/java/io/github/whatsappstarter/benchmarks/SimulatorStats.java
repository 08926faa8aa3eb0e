package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.RequestRecorder;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * What the simulator saw during one variant: error counts, the busiest sliding window of requests
 * and of accepted messages, and accepted messages per time bucket for the chart.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SimulatorStats {

	private final List<RequestRecord> records;

	private final RequestRecorder recorder;

	private final long originNanos;

	SimulatorStats(WhatsAppSimulator simulator, long originNanos) {
		this.recorder = simulator.recorder();
		this.records = this.recorder.records((r) -> r.recipient() != null);
		this.originNanos = originNanos;
	}

	long errors(int code) {
		return this.records.stream().filter((r) -> r.errorCode() == code).count();
	}

	long accepted() {
		return this.records.stream().filter(RequestRecord::accepted).count();
	}

	long requests() {
		return this.records.size();
	}

	/** The most message requests (accepted or not) that reached the API in any sliding window. */
	int maxRequestsIn(Duration window) {
		return this.recorder.maxInWindow((r) -> r.recipient() != null, window);
	}

	/** The most accepted messages in any sliding window. */
	int maxAcceptedIn(Duration window) {
		return this.recorder.maxInWindow((r) -> r.recipient() != null && r.accepted(), window);
	}

	/**
	 * Counts accepted messages per bucket since the origin.
	 * @param bucket the bucket length
	 * @return x (seconds at bucket start) and y (messages per second in that bucket)
	 */
	double[][] acceptedRate(Duration bucket) {
		long[] times = times(true);
		long width = bucket.toNanos();
		int buckets = (times.length == 0) ? 1 : (int) ((times[times.length - 1] - this.originNanos) / width) + 1;
		double[] x = new double[buckets];
		double[] y = new double[buckets];
		for (int i = 0; i < buckets; i++) {
			x[i] = i * width / 1e9;
		}
		double perSecond = 1e9 / width;
		for (long time : times) {
			int index = (int) Math.max(0, (time - this.originNanos) / width);
			y[Math.min(index, buckets - 1)] += perSecond;
		}
		return new double[][] { x, y };
	}

	private long[] times(boolean acceptedOnly) {
		long[] times = this.records.stream()
			.filter((r) -> !acceptedOnly || r.accepted())
			.mapToLong(RequestRecord::nanoTime)
			.toArray();
		Arrays.sort(times);
		return times;
	}

}
