package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the simulator waits before it writes the answer to a message request: none, a fixed time, or
 * lognormal around a median (Meta's Cloud API answers after about 300 ms median). A sample is
 * {@code median × exp(sigma × N(0,1))}, capped at {@link #MAX}. Limits and the recorder still count a
 * request when it arrives; only the answer comes later. Immutable.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class Latency {

	/** The longest latency a sample can have, and the largest allowed median. */
	public static final Duration MAX = Duration.ofSeconds(60);

	private static final long MAX_NANOS = MAX.toNanos();

	private static final Latency NONE = new Latency(Duration.ZERO, 0);

	private final Duration median;

	private final double sigma;

	private final long medianNanos;

	private Latency(Duration median, double sigma) {
		this.median = median;
		this.sigma = sigma;
		this.medianNanos = median.toNanos();
	}

	/**
	 * Answer at once (the default).
	 * @return the model without latency
	 */
	public static Latency none() {
		return NONE;
	}

	/**
	 * Answer after exactly this time.
	 * @param latency between 0 and {@link #MAX}
	 * @return the model
	 */
	public static Latency fixed(Duration latency) {
		return lognormal(latency, 0);
	}

	/**
	 * Answer after a lognormal time: {@code median × exp(sigma × N(0,1))}, capped at {@link #MAX}. Sigma 0 is
	 * a fixed latency; 0.4 spreads 68% of the answers between {@code median / 1.5} and {@code median × 1.5}.
	 * @param median the median, between 0 and {@link #MAX}
	 * @param sigma the standard deviation of the latency's logarithm, 0 or more
	 * @return the model
	 */
	public static Latency lognormal(Duration median, double sigma) {
		Objects.requireNonNull(median, "median must not be null");
		if (median.isNegative() || median.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("median must be between 0 and " + format(MAX) + " but was " + median);
		}
		if (!(sigma >= 0) || Double.isInfinite(sigma)) {
			throw new IllegalArgumentException("sigma must be a finite number >= 0 but was " + sigma);
		}
		return median.isZero() ? NONE : new Latency(median, sigma);
	}

	/**
	 * Build a model from text, as the standalone jar and properties give it.
	 * @param median "300ms", "2s", "1m", "0" (no latency) or an ISO-8601 duration such as "PT0.3S"
	 * @param sigma the standard deviation of the latency's logarithm (0 for a fixed latency)
	 * @return the model
	 * @throws IllegalArgumentException if the text or sigma is invalid
	 */
	public static Latency parse(String median, double sigma) {
		return lognormal(parseDuration(median), sigma);
	}

	/**
	 * Draw one latency.
	 * @return nanoseconds to wait before answering, 0 for {@link #none()}
	 */
	public long sampleNanos() {
		if (this.sigma == 0) {
			return this.medianNanos;
		}
		double sample = this.medianNanos * Math.exp(this.sigma * ThreadLocalRandom.current().nextGaussian());
		return (sample >= MAX_NANOS) ? MAX_NANOS : (long) sample;
	}

	/**
	 * The median latency (the fixed latency when sigma is 0).
	 * @return the median, zero for {@link #none()}
	 */
	public Duration median() {
		return this.median;
	}

	/**
	 * The standard deviation of the latency's logarithm.
	 * @return sigma, 0 for a fixed latency
	 */
	public double sigma() {
		return this.sigma;
	}

	/**
	 * Whether answers are written at once.
	 * @return true for {@link #none()}
	 */
	public boolean isNone() {
		return this.medianNanos == 0;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Latency that) && this.medianNanos == that.medianNanos
				&& Double.compare(this.sigma, that.sigma) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.medianNanos, this.sigma);
	}

	/**
	 * A readable form: {@code none}, {@code fixed(300ms)} or {@code lognormal(median=300ms, sigma=0.4)}.
	 * @return the description
	 */
	@Override
	public String toString() {
		if (isNone()) {
			return "none";
		}
		if (this.sigma == 0) {
			return "fixed(" + format(this.median) + ")";
		}
		return "lognormal(median=" + format(this.median) + ", sigma=" + this.sigma + ")";
	}

	/**
	 * Parse "250ms", "6s", "2m", "1h", "0" or an ISO-8601 duration.
	 * @param value the text
	 * @return the duration
	 * @throws IllegalArgumentException if the text is not a duration
	 */
	static Duration parseDuration(String value) {
		Objects.requireNonNull(value, "value must not be null");
		String text = value.trim().toLowerCase(Locale.ROOT);
		try {
			if (text.startsWith("p")) {
				return Duration.parse(text.toUpperCase(Locale.ROOT));
			}
			if (text.equals("0")) {
				return Duration.ZERO;
			}
			if (text.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
			}
			long amount = Long.parseLong(text.substring(0, Math.max(0, text.length() - 1)));
			return switch (text.charAt(text.length() - 1)) {
				case 's' -> Duration.ofSeconds(amount);
				case 'm' -> Duration.ofMinutes(amount);
				case 'h' -> Duration.ofHours(amount);
				default -> throw new IllegalArgumentException("Bad duration " + value);
			};
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Bad duration '" + value + "' (use e.g. 300ms, 2s, 0 or PT0.3S)", ex);
		}
	}

	private static String format(Duration duration) {
		long nanos = duration.toNanos();
		if (nanos % 1_000_000_000L == 0) {
			return (nanos / 1_000_000_000L) + "s";
		}
		if (nanos % 1_000_000L == 0) {
			return (nanos / 1_000_000L) + "ms";
		}
		if (nanos % 1_000L == 0) {
			return (nanos / 1_000L) + "us";
		}
		return nanos + "ns";
	}

}
