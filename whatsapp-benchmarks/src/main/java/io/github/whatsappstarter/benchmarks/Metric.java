package io.github.whatsappstarter.benchmarks;

import java.util.Locale;

/**
 * One measured figure of a benchmark row: a name, a value and how many decimals to print.
 *
 * @param name the column name, e.g. {@code time ÷ ideal}
 * @param value the measured value
 * @param decimals decimals shown in the markdown table (the CSV keeps full precision)
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
record Metric(String name, double value, int decimals) {

	static Metric count(String name, long value) {
		return new Metric(name, value, 0);
	}

	static Metric ratio(String name, double value) {
		return new Metric(name, value, 3);
	}

	static Metric seconds(String name, double value) {
		return new Metric(name, value, 2);
	}

	String formatted() {
		if (Double.isNaN(this.value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%,." + this.decimals + "f", this.value);
	}

	String raw() {
		if (Double.isNaN(this.value)) {
			return "";
		}
		return (this.decimals == 0) ? Long.toString(Math.round(this.value))
				: String.format(Locale.ROOT, "%.6f", this.value);
	}

}
