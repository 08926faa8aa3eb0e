package io.github.whatsappstarter.benchmarks;

import java.util.List;

/**
 * One variant of one scenario: its metrics and, where the brief sets one, the target and its verdict.
 * Baselines carry a check that they show the failure they exist to show.
 *
 * @param scenario the scenario title
 * @param variant the variant name, e.g. {@code starter (Hazelcast + retry)}
 * @param metrics the measured figures, in column order
 * @param target the target in words, or an empty string
 * @param verdict {@code PASS}, {@code FAIL}, or for baselines {@code errors shown} / {@code NO errors}
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
record ResultRow(String scenario, String variant, List<Metric> metrics, String target, String verdict) {

	static String passFail(boolean pass) {
		return pass ? "PASS" : "FAIL";
	}

	static String baseline(boolean showsFailure) {
		return showsFailure ? "baseline: failure shown" : "baseline: NO failure shown";
	}

	double value(String metric) {
		return this.metrics.stream()
			.filter((m) -> m.name().equals(metric))
			.mapToDouble(Metric::value)
			.findFirst()
			.orElse(Double.NaN);
	}

}
