package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Scenario 5a and 5b: one node at Meta's default 80 msg/s, N = 80 × 10 s messages to distinct
 * recipients submitted at once with {@code sendAsync}. 5a answers with Meta-like latency
 * ({@link Stacks#META_LATENCY}); 5b stalls (every answer takes 2 s for the first 5 s of the run) and
 * then turns fast (5 ms). Compares a naive template, the 0.1.0 "slot then queue" design
 * ({@link SlotThenQueueOperations}) and the starter (local limiter with the default 5% safety margin,
 * retry), with the delay from each message's slot to its arrival at the simulator
 * ({@link SlotClockRateLimiter}; none for the naive template, which takes no slot).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class OneNodeLatencyScenario {

	/** The title of the run at Meta-like latency. */
	static final String TITLE_META = "5a. Meta-like latency, one node at 80/s";

	/** The title of the stall-then-fast run. */
	static final String TITLE_STALL = "5b. Stall then fast, one node at 80/s";

	/** The chart panel of the stall-then-fast run. */
	static final String STALL_PANEL = TITLE_STALL + ": requests/s (250 ms buckets)";

	/** Meta's default throughput per number. */
	static final int LIMIT = 80;

	/** N = limit × this many seconds. */
	static final int SECONDS = 10;

	private static final Duration STALL_LATENCY = Duration.ofSeconds(2);

	private static final Duration STALL_DURATION = Duration.ofSeconds(5);

	private static final Duration FAST_LATENCY = Duration.ofMillis(5);

	/** The starter's default {@code whatsapp.rate-limit.throughput.safety-margin}. */
	private static final double DEFAULT_SAFETY_MARGIN = 0.05;

	private static final String STARTER = "starter (local limiter, safety margin 5%) + retry";

	private final String title;

	private final boolean stall;

	private final int messages;

	private OneNodeLatencyScenario(String title, boolean stall, int messages) {
		this.title = title;
		this.stall = stall;
		this.messages = messages;
	}

	/**
	 * Scenario 5a.
	 * @param messages the number of messages
	 * @return the scenario
	 */
	static OneNodeLatencyScenario metaLike(int messages) {
		return new OneNodeLatencyScenario(TITLE_META, false, messages);
	}

	/**
	 * Scenario 5b.
	 * @param messages the number of messages
	 * @return the scenario
	 */
	static OneNodeLatencyScenario stallThenFast(int messages) {
		return new OneNodeLatencyScenario(TITLE_STALL, true, messages);
	}

	void run(Report report) {
		String latency = this.stall ? "fixed " + STALL_LATENCY.toSeconds() + " s for the first "
				+ STALL_DURATION.toSeconds() + " s, then fixed " + FAST_LATENCY.toMillis() + " ms"
				: Stacks.META_LATENCY.toString();
		report.note(this.title + ": simulator limit " + LIMIT + "/s, latency " + latency + ", " + this.messages
				+ " messages.");
		RateLimitSettings settings = Stacks.settings(LIMIT, Duration.ofSeconds(6), 45)
			.withThroughput(LIMIT, DEFAULT_SAFETY_MARGIN);
		List<BucketRateLimiter> limiters = new ArrayList<>();
		try {
			variant(report, "naive template (no limiter, no retry)", settings,
					(simulator, limiter) -> Stacks.naive(simulator, simulator.phoneNumberId()), limiters);
			variant(report, "slot then queue (0.1.0: limiter permit, then 8 HTTP threads; no retry)", settings,
					(simulator, limiter) -> new SlotThenQueueOperations(Stacks.client(simulator),
							simulator.phoneNumberId(), limiter),
					limiters);
			variant(report, STARTER, settings,
					(simulator, limiter) -> Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true),
					limiters);
			if (this.stall) {
				limitLine(report);
			}
		}
		finally {
			limiters.forEach(BucketRateLimiter::close);
		}
	}

	private static void limitLine(Report report) {
		double end = report.series()
			.getOrDefault(STALL_PANEL, Map.of())
			.values()
			.stream()
			.mapToDouble((points) -> (points[0].length > 0) ? points[0][points[0].length - 1] : 0)
			.max()
			.orElse(0);
		report.series(STALL_PANEL, "limit " + LIMIT + "/s", new double[] { 0, end }, new double[] { LIMIT, LIMIT });
	}

	private void variant(Report report, String name, RateLimitSettings settings,
			BiFunction<WhatsAppSimulator, WhatsAppRateLimiter, WhatsAppOperations> stack,
			List<BucketRateLimiter> limiters) {
		System.out.println(this.title + " / " + name);
		SimulatorConfig config = SimulatorConfig.builder()
			.throughputPerSecond(LIMIT)
			.latency(this.stall ? Latency.fixed(FAST_LATENCY) : Stacks.META_LATENCY)
			.serverThreads(16)
			.build();
		BucketRateLimiter limiter = Stacks.localLimiter(settings);
		limiters.add(limiter);
		SlotClockRateLimiter clock = new SlotClockRateLimiter(limiter);
		WhatsAppOperations operations = null;
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "bench-latency-switch");
			thread.setDaemon(true);
			return thread;
		});
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			operations = stack.apply(simulator, clock);
			Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
			int prefix = this.stall ? 52 : 51;
			for (int i = 0; i < this.messages; i++) {
				queue.add(WhatsAppMessage.text(Recipients.number(prefix, i), "Campaign " + i));
			}
			// the stall run warms up at its fast latency: the stall is when a real node's pool grows
			List<LoadRunner.Lane> lanes = List.of(
					new LoadRunner.Lane(operations, queue, Stacks.warmUpSenders(LIMIT, config.latency())));
			LoadRunner.warmUp(lanes, 905);
			simulator.reset();
			if (this.stall) {
				simulator.latency(Latency.fixed(STALL_LATENCY));
				timer.schedule(() -> simulator.latency(Latency.fixed(FAST_LATENCY)), STALL_DURATION.toNanos(),
						TimeUnit.NANOSECONDS);
			}
			long origin = System.nanoTime();
			double ideal = (double) this.messages / LIMIT;
			LoadRunner.Outcome outcome = LoadRunner.runAsync(lanes,
					Duration.ofSeconds((long) Math.max(60, 6 * ideal)));
			SimulatorStats stats = new SimulatorStats(simulator, origin);
			report.add(row(name, outcome, stats, settings.effectiveMessagesPerSecond(simulator.phoneNumberId()),
					stats.delaysSince(clock.slots())));
			report.lost(this.title, name, outcome);
			if (this.stall) {
				double[][] rate = stats.requestRate(Duration.ofMillis(250));
				report.series(STALL_PANEL, name, rate[0], rate[1]);
			}
		}
		finally {
			timer.shutdownNow();
			if (operations != null) {
				Stacks.close(List.of(operations));
			}
		}
	}

	private ResultRow row(String name, LoadRunner.Outcome outcome, SimulatorStats stats, int effective,
			Latencies delays) {
		long throughputErrors = stats.errors(130429);
		long pairErrors = stats.errors(131056);
		int maxRequests = stats.maxRequestsIn(Duration.ofSeconds(1));
		double achieved = stats.acceptedPerSecond();
		List<Metric> metrics = List.of(Metric.count("messages", this.messages),
				Metric.seconds("time s", outcome.seconds()), Metric.count("accepted", stats.accepted()),
				Metric.seconds("achieved msg/s", achieved), Metric.count("effective limit msg/s", effective),
				Metric.ratio("achieved ÷ effective", achieved / effective), Metric.count("130429", throughputErrors),
				Metric.count("131056", pairErrors), Metric.count("delivered", outcome.delivered()),
				Metric.count("lost", outcome.lost()), Metric.count("max requests in 1 s", maxRequests),
				Metric.count("max accepted in 1 s", stats.maxAcceptedIn(Duration.ofSeconds(1))),
				Metric.seconds("slot → arrival p50 ms", delays.percentileMicros(50) / 1000),
				Metric.seconds("slot → arrival p99 ms", delays.percentileMicros(99) / 1000));
		boolean delivered = outcome.delivered() == this.messages;
		if (name.equals(STARTER)) {
			boolean pass = this.stall ? throughputErrors == 0 && maxRequests <= LIMIT && delivered
					: achieved >= 0.95 * effective && throughputErrors == 0 && pairErrors == 0 && delivered
							&& maxRequests <= LIMIT;
			String target = this.stall ? "zero 130429, ≤ " + LIMIT + " requests in any 1 s, all delivered"
					: "achieved ≥ 0.95 × effective limit (" + effective + "/s), zero 130429/131056, all delivered, ≤ "
							+ LIMIT + " requests in any 1 s";
			return new ResultRow(this.title, name, metrics, target, ResultRow.passFail(pass));
		}
		boolean overshootOrErrors = throughputErrors > 0 || pairErrors > 0 || outcome.lost() > 0
				|| maxRequests > LIMIT;
		if (this.stall) {
			return new ResultRow(this.title, name, metrics, "shows 130429s, losses or overshoot",
					ResultRow.baseline(overshootOrErrors));
		}
		return new ResultRow(this.title, name, metrics,
				"shows 130429s, losses, overshoot or < 0.95 × effective limit",
				ResultRow.baseline(overshootOrErrors || !(achieved >= 0.95 * effective)));
	}

}
