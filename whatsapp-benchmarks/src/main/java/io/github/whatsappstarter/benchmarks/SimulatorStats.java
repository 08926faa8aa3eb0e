package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.RequestRecorder;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * What the simulator saw during one variant: error counts, the busiest sliding window of requests
 * and of accepted messages, the achieved rate between the first and the last accepted arrival, and
 * accepted messages or all requests per time bucket for the chart.
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
	 * The rate Meta would see: accepted messages per second from the first to the last accepted
	 * arrival, {@code (accepted − 1) ÷ (last − first)}. Unlike the wall time it leaves out the
	 * latency of the first and the last answer.
	 * @return messages per second, NaN with fewer than two accepted messages
	 */
	double acceptedPerSecond() {
		long[] times = times(true);
		if (times.length < 2 || times[times.length - 1] == times[0]) {
			return Double.NaN;
		}
		return (times.length - 1) / ((times[times.length - 1] - times[0]) / 1e9);
	}

	/**
	 * Counts accepted messages per bucket since the origin.
	 * @param bucket the bucket length
	 * @return x (seconds at bucket start) and y (messages per second in that bucket)
	 */
	double[][] acceptedRate(Duration bucket) {
		return rate(bucket, true);
	}

	/**
	 * Counts message requests (accepted or not) per bucket since the origin.
	 * @param bucket the bucket length
	 * @return x (seconds at bucket start) and y (requests per second in that bucket)
	 */
	double[][] requestRate(Duration bucket) {
		return rate(bucket, false);
	}

	/**
	 * The delays from each recipient's last slot to its last arrival at the simulator.
	 * @param slots per recipient, the {@link System#nanoTime()} of its last slot
	 * @return the delays in nanoseconds, one per recipient that has both
	 */
	Latencies delaysSince(Map<String, Long> slots) {
		Map<String, Long> arrivals = new HashMap<>();
		this.records.forEach((r) -> arrivals.merge(r.recipient(), r.nanoTime(), Math::max));
		Latencies delays = new Latencies();
		arrivals.forEach((recipient, arrival) -> {
			Long slot = slots.get(recipient);
			if (slot != null) {
				delays.add(arrival - slot);
			}
		});
		return delays;
	}

	private double[][] rate(Duration bucket, boolean acceptedOnly) {
		long[] times = times(acceptedOnly);
		long width = bucket.toNanos();
		// one empty bucket after the last request, so that even a single burst draws as a line
		int buckets = (times.length == 0) ? 1 : (int) ((times[times.length - 1] - this.originNanos) / width) + 2;
		double[] x = new double[buckets];
		double[] y = new double[buckets];
		for (int i = 0; i < buckets; i++) {
			x[i] = i * width / 1e9;
		}
		double perSecond = 1e9 / width;
		for (long time : times) {
			int index = (int) Math.max(0, (time - this.originNanos) / width);
			y[Math.min(index, buckets - 2)] += perSecond;
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
