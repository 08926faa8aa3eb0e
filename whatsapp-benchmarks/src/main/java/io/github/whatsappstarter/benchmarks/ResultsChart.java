package io.github.whatsappstarter.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the report as one PNG with XChart, three rows of two panels: the campaign's accepted rate
 * over time at ~0 ms and at 300 ms latency, the chatty users' errors and deliveries at both
 * latencies, the send latencies of the overhead scenario, the memory scenario's entry count draining
 * after the load, and the requests per second of the stall-then-fast run.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class ResultsChart {

	private static final int WIDTH = 760;

	private static final int HEIGHT = 460;

	private ResultsChart() {
	}

	static void write(Report report, Path file) throws IOException {
		List<Chart<?, ?>> charts = new ArrayList<>();
		Map<String, Map<String, double[][]>> series = report.series();
		for (String campaign : List.of(CampaignScenario.TITLE, CampaignScenario.TITLE_LATENCY)) {
			String panel = CampaignScenario.panel(campaign);
			charts.add(xy(panel, "seconds", "accepted msg/s", series.getOrDefault(panel, Map.of())));
		}
		charts.add(bars(report, "2. Chatty users: errors and deliveries", "messages",
				List.of(ChattyUsersScenario.TITLE, ChattyUsersScenario.TITLE_LATENCY),
				List.of("131056", "delivered", "lost")));
		charts.add(bars(report, OverheadScenario.TITLE + ": send latency", "µs", List.of(OverheadScenario.TITLE),
				List.of("send p50 µs", "send p99 µs")));
		charts.add(xy(MemoryScenario.PANEL, "seconds since the load started", "entries",
				series.getOrDefault(MemoryScenario.PANEL, Map.of())));
		XYChart stall = xy(OneNodeLatencyScenario.STALL_PANEL, "seconds", "requests/s (accepted or not)",
				series.getOrDefault(OneNodeLatencyScenario.STALL_PANEL, Map.of()));
		// spikes at both ends (the naive burst, the queue draining after the stall): keep the legend off them
		stall.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
		charts.add(stall);
		String name = file.toString().replaceFirst("\\.png$", "");
		BitmapEncoder.saveBitmap(charts, 3, 2, name, BitmapEncoder.BitmapFormat.PNG);
	}

	private static XYChart xy(String title, String x, String y, Map<String, double[][]> data) {
		XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y)
			.build();
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
		data.forEach((name, points) -> {
			if (points[0].length > 0) {
				chart.addSeries(name, points[0], points[1]).setMarker(SeriesMarkers.NONE);
			}
		});
		if (data.isEmpty()) {
			chart.addSeries("no data", new double[] { 0 }, new double[] { 0 });
		}
		return chart;
	}

	/**
	 * One group of bars per variant of the given scenarios; with several scenarios each group is
	 * labelled with its scenario's number, e.g. {@code 2b naive loop}.
	 */
	private static CategoryChart bars(Report report, String title, String y, List<String> scenarios,
			List<String> metrics) {
		List<ResultRow> rows = report.rows().stream().filter((row) -> scenarios.contains(row.scenario())).toList();
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(y)
			.build();
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
		List<String> names = rows.stream().map((row) -> label(row, scenarios.size() > 1)).toList();
		for (String metric : metrics) {
			List<Double> values = rows.stream().map((row) -> zeroIfNaN(row.value(metric))).toList();
			if (!names.isEmpty()) {
				chart.addSeries(metric, names, values);
			}
		}
		if (names.isEmpty()) {
			chart.addSeries("no data", List.of("none"), List.of(0));
		}
		return chart;
	}

	private static String label(ResultRow row, boolean withScenario) {
		if (!withScenario) {
			return shorten(row.variant());
		}
		String number = row.scenario().substring(0, Math.max(0, row.scenario().indexOf('.')));
		return number + " " + shorten(row.variant());
	}

	private static String shorten(String variant) {
		int paren = variant.indexOf(" (");
		return (paren > 0) ? variant.substring(0, paren) : variant;
	}

	private static double zeroIfNaN(double value) {
		return Double.isNaN(value) ? 0 : value;
	}

}
