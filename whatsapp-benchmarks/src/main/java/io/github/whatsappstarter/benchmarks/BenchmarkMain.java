package io.github.whatsappstarter.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.github.whatsappstarter.test.simulator.Latency;

/**
 * Runs every benchmark scenario against the WhatsApp simulator on 127.0.0.1 and writes
 * {@code results.md}, {@code results.csv} and {@code results.png}. System properties:
 * {@code bench.scale} (default 1.0) scales the message counts for quick runs, {@code bench.only}
 * (default {@code 12345}) picks scenarios by number, {@code bench.out}
 * sets the output directory (default {@code whatsapp-benchmarks/results} when run from the
 * repository root, else {@code results}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class BenchmarkMain {

	private BenchmarkMain() {
	}

	/**
	 * Runs the harness and exits.
	 * @param args ignored
	 */
	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.setProperty("hazelcast.phone.home.enabled", "false");
		System.setProperty("hazelcast.logging.type", "slf4j");
		System.setProperty("java.net.preferIPv4Stack", "true");
		double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
		Path out = output();
		Report report = new Report();
		long start = System.nanoTime();
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String only = System.getProperty("bench.only", "123456");
		double capacity = CapacityProbe.sendsPerSecond(Duration.ofSeconds(3), 8);
		System.out.printf(Locale.ROOT, "Send capacity without limits: %.0f/s%n", capacity);
		int limit = CampaignScenario.limitFor(capacity);
		if (only.contains("1")) {
			int messages = scaled(limit * CampaignScenario.IDEAL_SECONDS, scale);
			scenario(report, CampaignScenario.TITLE, () -> new CampaignScenario(CampaignScenario.TITLE, Latency.none(),
					limit, messages).run(report));
			scenario(report, CampaignScenario.TITLE_LATENCY, () -> new CampaignScenario(CampaignScenario.TITLE_LATENCY,
					Stacks.META_LATENCY, limit, messages).run(report));
		}
		if (only.contains("2")) {
			scenario(report, ChattyUsersScenario.TITLE,
					() -> new ChattyUsersScenario(ChattyUsersScenario.TITLE, Latency.none()).run(report));
			scenario(report, ChattyUsersScenario.TITLE_LATENCY,
					() -> new ChattyUsersScenario(ChattyUsersScenario.TITLE_LATENCY, Stacks.META_LATENCY).run(report));
		}
		if (only.contains("3")) {
			scenario(report, OverheadScenario.TITLE,
					() -> new OverheadScenario(scaled(6000, scale), scaled(1500, scale)).run(report));
		}
		if (only.contains("4")) {
			scenario(report, MemoryScenario.TITLE, () -> new MemoryScenario(scaled(100_000, scale)).run(report));
		}
		if (only.contains("6")) {
			scenario(report, CampaignMemoryScenario.TITLE,
					() -> new CampaignMemoryScenario(scaled(1_000_000, scale)).run(report));
		}
		if (only.contains("5")) {
			int messages = scaled(OneNodeLatencyScenario.LIMIT * OneNodeLatencyScenario.SECONDS, scale);
			scenario(report, OneNodeLatencyScenario.TITLE_META,
					() -> OneNodeLatencyScenario.metaLike(messages).run(report));
			scenario(report, OneNodeLatencyScenario.TITLE_STALL,
					() -> OneNodeLatencyScenario.stallThenFast(messages).run(report));
			scenario(report, SustainedRateScenario.TITLE, () -> new SustainedRateScenario(
					Math.max(1000, scaled(3000, scale)), SustainedRateScenario.SECONDS * scale).run(report));
		}
		double minutes = (System.nanoTime() - start) / 60e9;
		Runtime runtime = Runtime.getRuntime();
		List<String> header = List.of("Run started " + started + ", took " + String.format(Locale.ROOT, "%.1f", minutes)
				+ " min, scale " + scale,
				"Machine: " + runtime.availableProcessors() + " cores, Java " + System.getProperty("java.version")
						+ ", max heap " + runtime.maxMemory() / 1048576 + " MB, " + System.getProperty("os.name"),
				String.format(Locale.ROOT, "Send capacity at start-up (cold JVM; naive template, simulator limits"
						+ " off, 8 threads): %.0f msg/s; it sets the campaign limit", capacity),
				"Simulator and every node run in this one JVM on 127.0.0.1");
		int status = 0;
		try {
			ResultsWriter.write(report, header, out);
			ResultsChart.write(report, out.resolve("results.png"));
			System.out.println();
			System.out.println(ResultsWriter.markdown(report, header));
			System.out.println("Results written to " + out.toAbsolutePath());
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		System.exit(status);
	}

	private static void scenario(Report report, String title, Step step) {
		try {
			step.run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			report.note(title + " failed: " + ex);
			report.add(new ResultRow(title, "(scenario failed)", List.of(), "", "FAIL"));
		}
	}

	private static int scaled(int value, double scale) {
		return Math.max(1, (int) Math.round(value * scale));
	}

	private static Path output() {
		String configured = System.getProperty("bench.out");
		if (configured != null) {
			return Path.of(configured);
		}
		Path module = Path.of("whatsapp-benchmarks");
		return Files.isDirectory(module) ? module.resolve("results") : Path.of("results");
	}

	@FunctionalInterface
	private interface Step {

		void run() throws Exception;

	}

}
