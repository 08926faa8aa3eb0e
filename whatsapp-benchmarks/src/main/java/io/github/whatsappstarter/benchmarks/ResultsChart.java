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
 * Draws the report as one PNG with XChart: the campaign's accepted rate over time, the chatty
 * users' errors and deliveries, the send latencies of the overhead scenario, and the memory
 * scenario's entry count draining after the load.
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
		charts.add(xy(CampaignScenario.PANEL, "seconds", "accepted msg/s",
				series.getOrDefault(CampaignScenario.PANEL, Map.of())));
		charts.add(bars(report, ChattyUsersScenario.TITLE + ": errors and deliveries", "messages",
				List.of("131056", "delivered", "lost")));
		charts.add(bars(report, OverheadScenario.TITLE + ": send latency", "µs",
				List.of("send p50 µs", "send p99 µs")));
		charts.add(xy(MemoryScenario.PANEL, "seconds since the load started", "entries",
				series.getOrDefault(MemoryScenario.PANEL, Map.of())));
		String name = file.toString().replaceFirst("\\.png$", "");
		BitmapEncoder.saveBitmap(charts, 2, 2, name, BitmapEncoder.BitmapFormat.PNG);
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

	private static CategoryChart bars(Report report, String title, String y, List<String> metrics) {
		String scenario = title.substring(0, title.indexOf(':'));
		List<ResultRow> rows = report.rows().stream().filter((row) -> row.scenario().equals(scenario)).toList();
		CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(y)
			.build();
		chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
		List<String> names = rows.stream().map((row) -> shorten(row.variant())).toList();
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

	private static String shorten(String variant) {
		int paren = variant.indexOf(" (");
		return (paren > 0) ? variant.substring(0, paren) : variant;
	}

	private static double zeroIfNaN(double value) {
		return Double.isNaN(value) ? 0 : value;
	}

}
