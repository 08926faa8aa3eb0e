package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Scenario 1: a campaign to N distinct recipients split across three nodes in one JVM (each with its
 * own HTTP client, limiter and, for the starter, its own embedded Hazelcast member in one cluster),
 * at a throughput limit of 200/s (lower on a machine too slow to overshoot it). Compares a naive loop, a node-local limiter at the full limit on
 * each node, and the starter's shared limiter.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class CampaignScenario {

	static final String TITLE = "1. Campaign, 3 nodes";

	static final String PANEL = "1. Campaign: accepted msg/s (250 ms buckets)";

	/** The limit the brief asks for; lowered on a machine that cannot even send this fast. */
	static final int PREFERRED_LIMIT = 200;

	/** How long the ideal run takes: N = limit × this many seconds. */
	static final int IDEAL_SECONDS = 20;

	private static final int NODES = 3;

	private static final int THREADS_PER_NODE = 4;

	private final int limit;

	private final int messages;

	CampaignScenario(int limit, int messages) {
		this.limit = limit;
		this.messages = messages;
	}

	/**
	 * Chooses the throughput limit: 200/s, or half the measured send capacity (rounded down to 10, at
	 * least 20) when the machine cannot send 200/s, so a naive loop can still overshoot the limit.
	 * The probe runs in a cold JVM and reads low (an idle 2-core machine measured 261/s cold and 923/s
	 * warm), hence the threshold at the limit itself.
	 * @param capacity measured sends per second without limits
	 * @return the limit
	 */
	private static final String STARTER = "starter: shared Hazelcast limiter, safety margin 0 + retry";

	private static final String STARTER_DEFAULT_MARGIN = "starter as configured by default (safety margin 5%) + retry";

	/** The starter's default {@code whatsapp.rate-limit.throughput.safety-margin}. */
	private static final double DEFAULT_SAFETY_MARGIN = 0.05;

	static int limitFor(double capacity) {
		if (capacity >= PREFERRED_LIMIT) {
			return PREFERRED_LIMIT;
		}
		return Math.max(20, (int) (capacity / 2 / 10) * 10);
	}

	void run(Report report) {
		report.note(TITLE + ": simulator limit " + this.limit + "/s, " + this.messages + " messages.");
		RateLimitSettings settings = Stacks.settings(this.limit, Duration.ofSeconds(6), 45);
		variant(report, "naive loop (no limiter, no retry)", null, (simulator) -> {
			List<WhatsAppOperations> nodes = new ArrayList<>();
			for (int i = 0; i < NODES; i++) {
				nodes.add(Stacks.naive(simulator, simulator.phoneNumberId()));
			}
			return nodes;
		});
		List<BucketRateLimiter> limiters = new ArrayList<>();
		variant(report, "local limiter per node at full limit (+ retry)", limiters, (simulator) -> {
			List<WhatsAppOperations> nodes = new ArrayList<>();
			for (int i = 0; i < NODES; i++) {
				BucketRateLimiter limiter = Stacks.localLimiter(settings);
				limiters.add(limiter);
				nodes.add(Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true));
			}
			return nodes;
		});
		List<HazelcastInstance> members = LoopbackHazelcast.cluster(NODES);
		try {
			variant(report, STARTER, limiters, (simulator) -> starterNodes(simulator, members, "bench-campaign",
					settings, limiters));
			variant(report, STARTER_DEFAULT_MARGIN, limiters, (simulator) -> starterNodes(simulator, members,
					"bench-campaign-margin", settings.withThroughput(this.limit, DEFAULT_SAFETY_MARGIN), limiters));
		}
		finally {
			LoopbackHazelcast.shutdown(members);
		}
	}

	private static List<WhatsAppOperations> starterNodes(WhatsAppSimulator simulator, List<HazelcastInstance> members,
			String map, RateLimitSettings settings, List<BucketRateLimiter> limiters) {
		List<WhatsAppOperations> nodes = new ArrayList<>();
		for (HazelcastInstance member : members) {
			BucketRateLimiter limiter = Stacks.hazelcastLimiter(member, map, NODES, settings);
			limiters.add(limiter);
			nodes.add(Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true));
		}
		return nodes;
	}

	private void variant(Report report, String name, List<BucketRateLimiter> limiters,
			Function<WhatsAppSimulator, List<WhatsAppOperations>> stacks) {
		System.out.println(TITLE + " / " + name);
		SimulatorConfig config = SimulatorConfig.builder().throughputPerSecond(this.limit).serverThreads(16).build();
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			List<WhatsAppOperations> nodes = stacks.apply(simulator);
			List<LoadRunner.Lane> lanes = new ArrayList<>();
			List<Queue<WhatsAppMessage>> queues = new ArrayList<>();
			for (WhatsAppOperations node : nodes) {
				Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
				queues.add(queue);
				lanes.add(new LoadRunner.Lane(node, queue, THREADS_PER_NODE));
			}
			for (int i = 0; i < this.messages; i++) {
				queues.get(i % nodes.size()).add(WhatsAppMessage.text(Recipients.number(1, i), "Campaign " + i));
			}
			LoadRunner.warmUp(lanes, 901);
			simulator.reset();
			double ideal = (double) this.messages / this.limit;
			long origin = System.nanoTime();
			LoadRunner.Outcome outcome = LoadRunner.run(lanes, Duration.ofSeconds((long) Math.max(90, 4 * ideal)));
			SimulatorStats stats = new SimulatorStats(simulator, origin);
			report.add(row(name, outcome, stats, ideal));
			double[][] rate = stats.acceptedRate(Duration.ofMillis(250));
			report.series(PANEL, name, rate[0], rate[1]);
		}
		finally {
			if (limiters != null) {
				limiters.forEach(BucketRateLimiter::close);
				limiters.clear();
			}
		}
	}

	private ResultRow row(String name, LoadRunner.Outcome outcome, SimulatorStats stats, double ideal) {
		long throughputErrors = stats.errors(130429);
		long pairErrors = stats.errors(131056);
		int maxRequests = stats.maxRequestsIn(Duration.ofSeconds(1));
		double efficiency = ideal / outcome.seconds();
		List<Metric> metrics = List.of(Metric.count("messages", this.messages), Metric.seconds("time s", outcome.seconds()),
				Metric.seconds("ideal s", ideal), Metric.ratio("time ÷ ideal", outcome.seconds() / ideal),
				Metric.ratio("ideal ÷ time", efficiency), Metric.count("130429", throughputErrors),
				Metric.count("131056", pairErrors), Metric.count("delivered", outcome.delivered()),
				Metric.count("lost", outcome.lost()), Metric.ratio("max requests in 1 s ÷ limit", (double) maxRequests / this.limit),
				Metric.ratio("max accepted in 1 s ÷ limit", (double) stats.maxAcceptedIn(Duration.ofSeconds(1)) / this.limit));
		if (name.equals(STARTER_DEFAULT_MARGIN)) {
			boolean pass = throughputErrors == 0 && pairErrors == 0 && maxRequests <= this.limit
					&& outcome.delivered() == this.messages;
			return new ResultRow(TITLE, name, metrics, "zero 130429/131056, window max ≤ limit, all delivered",
					ResultRow.passFail(pass));
		}
		if (name.equals(STARTER)) {
			boolean pass = efficiency >= 0.97 && throughputErrors == 0 && pairErrors == 0 && maxRequests <= this.limit + 1
					&& outcome.delivered() == this.messages;
			return new ResultRow(TITLE, name, metrics,
					"ideal ÷ time ≥ 0.97, zero 130429/131056, window max ≤ limit + 1, all delivered",
					ResultRow.passFail(pass));
		}
		boolean failureShown = throughputErrors > 0 || pairErrors > 0 || outcome.lost() > 0
				|| maxRequests > this.limit + 1;
		return new ResultRow(TITLE, name, metrics, "shows 130429s, losses or overshoot",
				ResultRow.baseline(failureShown));
	}

}
