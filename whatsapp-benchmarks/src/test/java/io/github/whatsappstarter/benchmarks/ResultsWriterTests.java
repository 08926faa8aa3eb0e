package io.github.whatsappstarter.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke tests of the result tables, without running any scenario.
 */
class ResultsWriterTests {

	private final Report report = report();

	private static Report report() {
		Report report = new Report();
		report.add(new ResultRow("1. Campaign", "naive", List.of(Metric.count("130429", 12), Metric.ratio("ratio", 0.5)),
				"shows errors", ResultRow.baseline(true)));
		report.add(new ResultRow("1. Campaign", "starter", List.of(Metric.count("130429", 0), Metric.ratio("ratio", 0.98)),
				"ratio ≥ 0.97", ResultRow.passFail(true)));
		report.add(new ResultRow("4. Memory", "starter", List.of(Metric.seconds("time s", Double.NaN)), "t, fast",
				ResultRow.passFail(false)));
		return report;
	}

	@Test
	void markdownListsEveryVerdictAndOneTablePerScenario() {
		String markdown = ResultsWriter.markdown(this.report, List.of("header line"));

		assertThat(markdown).contains("- header line")
			.contains("| 1. Campaign | starter | ratio ≥ 0.97 | **PASS** |")
			.contains("| 4. Memory | starter | t, fast | **FAIL** |")
			.contains("## 1. Campaign")
			.contains("| Variant | 130429 | ratio | Result |")
			.contains("| naive | 12 | 0.500 | baseline: failure shown |")
			.contains("| starter | n/a | FAIL |");
	}

	@Test
	void csvHasOneLinePerMetricAndQuotesCommas() {
		String[] lines = ResultsWriter.csv(this.report).split("\n");

		assertThat(lines).hasSize(6);
		assertThat(lines[0]).isEqualTo("scenario,variant,metric,value,target,result");
		assertThat(lines[2]).isEqualTo("1. Campaign,naive,ratio,0.500000,shows errors,baseline: failure shown");
		assertThat(lines[5]).isEqualTo("4. Memory,starter,time s,,\"t, fast\",FAIL");
	}

	@Test
	void campaignLimitDropsToHalfTheCapacityOfAMachineSlowerThanTheLimit() {
		assertThat(CampaignScenario.limitFor(2500)).isEqualTo(200);
		assertThat(CampaignScenario.limitFor(200)).isEqualTo(200);
		assertThat(CampaignScenario.limitFor(199)).isEqualTo(90);
		assertThat(CampaignScenario.limitFor(30)).isEqualTo(20);
	}

}
