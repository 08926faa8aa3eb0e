package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Thread-safe, append-only log of every message request, with the statistics tests assert on. Appending
 * is lock-free; the statistics copy the log when called.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class RequestRecorder {

	private final ConcurrentLinkedQueue<RequestRecord> records = new ConcurrentLinkedQueue<>();

	private final LongAdder accepted = new LongAdder();

	private final LongAdder fieldReads = new LongAdder();

	private final ConcurrentLinkedQueue<String> managementCalls = new ConcurrentLinkedQueue<>();

	void record(RequestRecord record) {
		this.records.add(record);
		if (record.accepted()) {
			this.accepted.increment();
		}
	}

	void fieldRead() {
		this.fieldReads.increment();
	}

	void managementCall(String call) {
		this.managementCalls.add(call);
	}

	/**
	 * The management calls answered (templates, business profile, phone numbers, block list), as
	 * {@code "METHOD /id/edge"} in arrival order; they are not message records.
	 * @return a snapshot
	 */
	public List<String> managementCalls() {
		return new ArrayList<>(this.managementCalls);
	}

	/**
	 * Every request recorded since the last reset, in arrival order of recording.
	 * @return a snapshot
	 */
	public List<RequestRecord> records() {
		return new ArrayList<>(this.records);
	}

	/**
	 * The records that match.
	 * @param filter the condition
	 * @return a snapshot of the matching records
	 */
	public List<RequestRecord> records(Predicate<RequestRecord> filter) {
		return this.records.stream().filter(filter).collect(Collectors.toList());
	}

	/**
	 * How many messages were accepted.
	 * @return the count
	 */
	public long acceptedCount() {
		return this.accepted.sum();
	}

	/**
	 * How many requests were answered with this Graph code (by the limits, validation or a fault).
	 * @param code the Graph code
	 * @return the count
	 */
	public long countErrorCode(int code) {
		return this.records.stream().filter((r) -> r.errorCode() == code).count();
	}

	/**
	 * Request counts per Graph error code.
	 * @return code to count, sorted by code
	 */
	public Map<Integer, Long> countsByErrorCode() {
		return this.records.stream()
			.filter((r) -> r.errorCode() != 0)
			.collect(Collectors.groupingBy(RequestRecord::errorCode, TreeMap::new, Collectors.counting()));
	}

	/**
	 * Request counts per outcome.
	 * @return outcome to count
	 */
	public Map<Outcome, Long> countsByOutcome() {
		return this.records.stream()
			.collect(Collectors.groupingBy(RequestRecord::outcome, () -> new EnumMap<>(Outcome.class),
					Collectors.counting()));
	}

	/**
	 * How many {@code GET /{phone-number-id}} field reads were answered (they are not message records).
	 * @return the count
	 */
	public long fieldReadCount() {
		return this.fieldReads.sum();
	}

	/**
	 * The most accepted messages found in any sliding window of this length, over all numbers.
	 * @param window the window length
	 * @return the maximum count
	 */
	public int maxAcceptedInWindow(Duration window) {
		return maxInWindow(RequestRecord::accepted, window);
	}

	/**
	 * The most records matching a filter in any sliding window, e.g. every message request
	 * whatever its outcome.
	 * @param filter which records count
	 * @param window the window length
	 * @return the largest count in any window of that length
	 */
	public int maxInWindow(Predicate<RequestRecord> filter, Duration window) {
		long[] times = this.records.stream().filter(filter).mapToLong(RequestRecord::nanoTime).toArray();
		Arrays.sort(times);
		return maxInWindow(times, window.toNanos());
	}

	/**
	 * The most accepted messages of one number found in any sliding window of this length.
	 * @param phoneNumberId the number
	 * @param window the window length
	 * @return the maximum count
	 */
	public int maxAcceptedInWindow(String phoneNumberId, Duration window) {
		return maxInWindow((r) -> r.accepted() && phoneNumberId.equals(r.phoneNumberId()), window);
	}

	/**
	 * The shortest time between two accepted messages to one recipient (any number).
	 * @param recipient the recipient (a leading '+' is ignored)
	 * @return the spacing, empty with fewer than two accepted messages
	 */
	public Optional<Duration> minSpacing(String recipient) {
		String digits = recipient.startsWith("+") ? recipient.substring(1) : recipient;
		long[] times = this.records.stream()
			.filter((r) -> r.accepted() && digits.equals(r.recipient()))
			.mapToLong(RequestRecord::nanoTime)
			.sorted()
			.toArray();
		if (times.length < 2) {
			return Optional.empty();
		}
		long min = Long.MAX_VALUE;
		for (int i = 1; i < times.length; i++) {
			min = Math.min(min, times[i] - times[i - 1]);
		}
		return Optional.of(Duration.ofNanos(min));
	}

	/**
	 * The shortest spacing per recipient that had at least two accepted messages.
	 * @return recipient to spacing
	 */
	public Map<String, Duration> minSpacingPerRecipient() {
		Map<String, Duration> result = new TreeMap<>();
		this.records.stream()
			.filter((r) -> r.accepted() && r.recipient() != null)
			.map(RequestRecord::recipient)
			.distinct()
			.forEach((recipient) -> minSpacing(recipient).ifPresent((d) -> result.put(recipient, d)));
		return result;
	}

	/**
	 * Forget every record.
	 */
	public void clear() {
		this.records.clear();
		this.accepted.reset();
		this.fieldReads.reset();
		this.managementCalls.clear();
	}

	static int maxInWindow(long[] sortedTimes, long windowNanos) {
		int max = 0;
		int start = 0;
		for (int end = 0; end < sortedTimes.length; end++) {
			while (sortedTimes[end] - sortedTimes[start] >= windowNanos) {
				start++;
			}
			max = Math.max(max, end - start + 1);
		}
		return max;
	}

}
