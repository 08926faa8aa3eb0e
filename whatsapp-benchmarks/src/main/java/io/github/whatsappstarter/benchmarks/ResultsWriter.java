package io.github.whatsappstarter.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Report} as markdown (a verdict table, then one table per scenario) and as CSV
 * (one line per metric).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class ResultsWriter {

	private ResultsWriter() {
	}

	static String markdown(Report report, List<String> header) {
		StringBuilder md = new StringBuilder("# Benchmark results\n\n");
		header.forEach((line) -> md.append("- ").append(line).append('\n'));
		md.append("\n## Targets\n\n| Scenario | Variant | Target | Result |\n|---|---|---|---|\n");
		for (ResultRow row : report.rows()) {
			md.append("| ").append(row.scenario()).append(" | ").append(row.variant()).append(" | ")
				.append(row.target()).append(" | **").append(row.verdict()).append("** |\n");
		}
		for (Map.Entry<String, List<ResultRow>> scenario : byScenario(report.rows()).entrySet()) {
			Set<String> columns = new LinkedHashSet<>();
			scenario.getValue().forEach((row) -> row.metrics().forEach((m) -> columns.add(m.name())));
			md.append("\n## ").append(scenario.getKey()).append("\n\n| Variant | ")
				.append(String.join(" | ", columns)).append(" | Result |\n|---|");
			columns.forEach((c) -> md.append("---:|"));
			md.append("---|\n");
			for (ResultRow row : scenario.getValue()) {
				md.append("| ").append(row.variant()).append(" | ");
				for (String column : columns) {
					md.append(row.metrics().stream()
						.filter((m) -> m.name().equals(column))
						.map(Metric::formatted)
						.findFirst()
						.orElse("")).append(" | ");
				}
				md.append(row.verdict()).append(" |\n");
			}
		}
		if (!report.notes().isEmpty()) {
			md.append("\n## Notes\n\n");
			report.notes().forEach((note) -> md.append("- ").append(note).append('\n'));
		}
		return md.toString();
	}

	static String csv(Report report) {
		StringBuilder csv = new StringBuilder("scenario,variant,metric,value,target,result\n");
		for (ResultRow row : report.rows()) {
			for (Metric metric : row.metrics()) {
				csv.append(String.join(",", quote(row.scenario()), quote(row.variant()), quote(metric.name()),
						metric.raw(), quote(row.target()), quote(row.verdict()))).append('\n');
			}
		}
		return csv.toString();
	}

	static void write(Report report, List<String> header, Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.md"), markdown(report, header), StandardCharsets.UTF_8);
		Files.writeString(directory.resolve("results.csv"), csv(report), StandardCharsets.UTF_8);
	}

	private static Map<String, List<ResultRow>> byScenario(List<ResultRow> rows) {
		Map<String, List<ResultRow>> grouped = new LinkedHashMap<>();
		rows.forEach((row) -> grouped.computeIfAbsent(row.scenario(), (key) -> new ArrayList<>()).add(row));
		return grouped;
	}

	static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

}
