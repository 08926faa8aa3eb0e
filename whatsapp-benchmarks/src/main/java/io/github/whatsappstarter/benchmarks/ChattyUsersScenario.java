package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.bundling.BundlingAdvisor;
import io.github.whatsappstarter.bundling.BundlingSettings;
import io.github.whatsappstarter.bundling.MessageBundler;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

import org.springframework.aop.framework.ProxyFactory;

/**
 * Scenario 2: chatty users. Each of 50 users gets 10 messages back to back (one sender thread per
 * user) while the simulator enforces a scaled-down pair rule (burst 3, one per 500 ms). Compares a
 * naive loop; the starter as configured by default, whose limiter spaces a pair 10% wider than
 * Meta's interval ({@code whatsapp.rate-limit.pair.safety-margin}); the starter with that margin
 * set to 0, a stress row showing why the margin exists (with equal rules any jitter between the
 * grant and the arrival puts two arrivals less than one interval apart); and the starter with
 * bundling, where each user's ten texts are produced at once (ten threads per user) and merged.
 * Runs at ~0 ms and at Meta-like latency ({@link Stacks#META_LATENCY}); the driver stays blocking,
 * one thread per user, as a bot answering a conversation would.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class ChattyUsersScenario {

	/** The title of the run without latency. */
	static final String TITLE = "2a. Chatty users, ~0 ms";

	/** The title of the run at Meta-like latency. */
	static final String TITLE_LATENCY = "2b. Chatty users, 300 ms latency";

	private static final int USERS = 50;

	private static final int MESSAGES_PER_USER = 10;

	private static final int THROUGHPUT = 200;

	private static final int PAIR_BURST = 3;

	private static final Duration PAIR_INTERVAL = Duration.ofMillis(500);

	/** The limiter's pair interval with the starter's default pair safety margin of 10%. */
	private static final Duration PAIR_INTERVAL_WITH_MARGIN = Duration.ofMillis(550);

	/**
	 * One compared stack.
	 * @param name the row name
	 * @param starter whether the target applies (otherwise it is a baseline)
	 * @param threadsPerUser sender threads per user
	 * @param stack builds the operations against a running simulator
	 */
	record Variant(String name, boolean starter, int threadsPerUser,
			Function<WhatsAppSimulator, WhatsAppOperations> stack) {
	}

	private final String title;

	private final Latency latency;

	/**
	 * Creates one run of the scenario.
	 * @param title {@link #TITLE} or {@link #TITLE_LATENCY}
	 * @param latency the simulator's answer latency
	 */
	ChattyUsersScenario(String title, Latency latency) {
		this.title = title;
		this.latency = latency;
	}

	void run(Report report) {
		report.note(this.title + ": simulator throughput " + THROUGHPUT + "/s, pair burst " + PAIR_BURST + " then one per "
				+ PAIR_INTERVAL.toMillis() + " ms, latency " + this.latency + ", " + USERS + " users × "
				+ MESSAGES_PER_USER + " messages.");
		RateLimitSettings settings = Stacks.settings(THROUGHPUT, PAIR_INTERVAL, PAIR_BURST);
		RateLimitSettings withMargin = Stacks.settings(THROUGHPUT, PAIR_INTERVAL_WITH_MARGIN, PAIR_BURST);
		List<HazelcastInstance> member = LoopbackHazelcast.cluster(1);
		List<BucketRateLimiter> limiters = new ArrayList<>();
		List<MessageBundler> bundlers = new ArrayList<>();
		List<WhatsAppOperations> templates = new ArrayList<>();
		try {
			List<Variant> variants = List.of(
					new Variant("naive loop (no limiter, no retry)", false, 1,
							(simulator) -> track(templates, Stacks.naive(simulator, simulator.phoneNumberId()))),
					new Variant("starter (default pair margin +10%: 550 ms) + retry", true, 1, (simulator) -> {
						BucketRateLimiter limiter = Stacks.hazelcastLimiter(member.get(0), "bench-chatty-margin", 1,
								withMargin);
						limiters.add(limiter);
						return track(templates, Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true));
					}), new Variant("starter, pair margin 0 (same rule as Meta) + retry", false, 1, (simulator) -> {
						BucketRateLimiter limiter = Stacks.hazelcastLimiter(member.get(0), "bench-chatty", 1, settings);
						limiters.add(limiter);
						return track(templates, Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true));
					}), new Variant("starter with bundling (10 texts produced at once per user)", true, MESSAGES_PER_USER,
							(simulator) -> {
								BucketRateLimiter limiter = Stacks.hazelcastLimiter(member.get(0), "bench-chatty-bundled",
										1, withMargin);
								limiters.add(limiter);
								MessageBundler bundler = new MessageBundler(BundlingSettings.defaults());
								bundlers.add(bundler);
								ProxyFactory proxy = new ProxyFactory(track(templates,
										Stacks.limited(simulator, simulator.phoneNumberId(), limiter, true)));
								proxy.addInterface(WhatsAppOperations.class);
								proxy.addAdvisor(new BundlingAdvisor(bundler));
								return (WhatsAppOperations) proxy.getProxy();
							}));
			for (Variant variant : variants) {
				variant(report, variant);
				Stacks.close(templates);
				templates.clear();
			}
		}
		finally {
			Stacks.close(templates);
			bundlers.forEach(MessageBundler::close);
			limiters.forEach(BucketRateLimiter::close);
			LoopbackHazelcast.shutdown(member);
		}
	}

	private static WhatsAppOperations track(List<WhatsAppOperations> templates, WhatsAppOperations template) {
		templates.add(template);
		return template;
	}

	private void variant(Report report, Variant variant) {
		System.out.println(this.title + " / " + variant.name());
		SimulatorConfig config = SimulatorConfig.builder()
			.throughputPerSecond(THROUGHPUT)
			.pairBurst(PAIR_BURST)
			.pairInterval(PAIR_INTERVAL)
			.latency(this.latency)
			.serverThreads(16)
			.build();
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			WhatsAppOperations operations = variant.stack().apply(simulator);
			List<LoadRunner.Lane> lanes = new ArrayList<>();
			for (int user = 0; user < USERS; user++) {
				Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
				for (int i = 0; i < MESSAGES_PER_USER; i++) {
					queue.add(WhatsAppMessage.text(Recipients.number(2, user), "Reply " + i));
				}
				lanes.add(new LoadRunner.Lane(operations, queue, variant.threadsPerUser()));
			}
			LoadRunner.warmUp(lanes, 902);
			simulator.reset();
			long origin = System.nanoTime();
			LoadRunner.Outcome outcome = LoadRunner.run(lanes, Duration.ofSeconds(120));
			report.add(row(variant, outcome, new SimulatorStats(simulator, origin)));
			report.lost(this.title, variant.name(), outcome);
		}
	}

	private ResultRow row(Variant variant, LoadRunner.Outcome outcome, SimulatorStats stats) {
		int total = USERS * MESSAGES_PER_USER;
		double ideal = Math.max(userIdealSeconds(this.latency.median()), (double) total / THROUGHPUT);
		long pairErrors = stats.errors(131056);
		List<Metric> metrics = List.of(Metric.count("messages", total),
				Metric.count("requests accepted", stats.accepted()), Metric.count("131056", pairErrors),
				Metric.count("130429", stats.errors(130429)), Metric.count("delivered", outcome.delivered()),
				Metric.count("lost", outcome.lost()), Metric.seconds("time s", outcome.seconds()),
				Metric.seconds("ideal s", ideal), Metric.ratio("time ÷ ideal", outcome.seconds() / ideal));
		if (variant.starter()) {
			return new ResultRow(this.title, variant.name(), metrics, "zero 131056, all delivered",
					ResultRow.passFail(pairErrors == 0 && outcome.delivered() == total));
		}
		return new ResultRow(this.title, variant.name(), metrics, "shows 131056s",
				ResultRow.baseline(pairErrors > 0));
	}

	/**
	 * When one user's last answer can come at the earliest: message k arrives no sooner than one
	 * latency after message k − 1 (one blocking sender) and no sooner than the simulator's pair rule
	 * allows (burst 3, then one per 500 ms), and its answer takes one more latency.
	 */
	static double userIdealSeconds(Duration latency) {
		double median = latency.toNanos() / 1e9;
		double interval = PAIR_INTERVAL.toNanos() / 1e9;
		double arrival = 0;
		for (int k = 1; k < MESSAGES_PER_USER; k++) {
			arrival = Math.max(arrival + median, Math.max(0, k - PAIR_BURST + 1) * interval);
		}
		return arrival + median;
	}

}
