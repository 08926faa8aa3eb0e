package io.github.whatsappstarter.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one harness run measured: the result rows, time series for the chart, and notes
 * printed under the tables.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Report {

	private final List<ResultRow> rows = new ArrayList<>();

	private final Map<String, Map<String, double[][]>> series = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	synchronized void add(ResultRow row) {
		this.rows.add(row);
		StringBuilder line = new StringBuilder("  " + row.variant() + ": " + row.verdict());
		row.metrics().forEach((m) -> line.append(" | ").append(m.name()).append(' ').append(m.formatted()));
		System.out.println(line);
	}

	/**
	 * Adds a time series to a chart panel.
	 * @param panel the panel title
	 * @param name the series name
	 * @param x the x values
	 * @param y the y values
	 */
	synchronized void series(String panel, String name, double[] x, double[] y) {
		this.series.computeIfAbsent(panel, (key) -> new LinkedHashMap<>()).put(name, new double[][] { x, y });
	}

	synchronized void note(String note) {
		this.notes.add(note);
	}

	/**
	 * Notes why sends were lost, by exception type, when any were.
	 * @param scenario the scenario title
	 * @param variant the variant name
	 * @param outcome the load's outcome
	 */
	void lost(String scenario, String variant, LoadRunner.Outcome outcome) {
		if (outcome.lost() > 0) {
			note(scenario + " / " + variant + ": lost " + outcome.lostByType() + ".");
		}
	}

	synchronized List<ResultRow> rows() {
		return List.copyOf(this.rows);
	}

	synchronized Map<String, Map<String, double[][]>> series() {
		return new LinkedHashMap<>(this.series);
	}

	synchronized List<String> notes() {
		return List.copyOf(this.notes);
	}

}
