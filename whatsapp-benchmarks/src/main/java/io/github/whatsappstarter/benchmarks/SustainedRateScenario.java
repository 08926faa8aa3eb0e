package io.github.whatsappstarter.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Scenario 5c: the highest rate one node sustains with Meta-like latency. First the capacity at that
 * latency: a naive template floods the simulator (limits off) with a few thousand messages at once,
 * the rate read from the arrivals. Then the starter (local limiter, safety margin 0, default
 * {@code maxInFlight}) runs at limit L = 90% of that capacity (rounded down to a multiple of 50,
 * between 100 and 1,000) with N = L × 8 s messages submitted at once, after a warm-up that opens
 * the connections such a rate keeps busy. Reports the achieved rate, the peak number of requests in
 * flight (sampled; it counts requests holding a permit, from before their throughput slot to the
 * answer), the JVM's peak thread count and the delay from each slot to the request's arrival at the
 * simulator ({@link SlotClockRateLimiter}): near the machine's capacity that delay grows and varies,
 * so arrivals bunch past the limit although the slots did not.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SustainedRateScenario {

	static final String TITLE = "5c. Highest sustained rate, one node, 300 ms latency";

	/** The run lasts about this long at the chosen limit. */
	static final int SECONDS = 8;

	private static final int WARM_UP_THREADS = 8;

	private static final String STARTER = "starter (local limiter, safety margin 0, max-in-flight "
			+ WhatsAppTemplate.DEFAULT_MAX_IN_FLIGHT + ") + retry";

	private final int probeMessages;

	private final double seconds;

	/**
	 * Creates the scenario.
	 * @param probeMessages messages of the capacity probe
	 * @param seconds the length of the run at the chosen limit ({@value #SECONDS} s at full scale)
	 */
	SustainedRateScenario(int probeMessages, double seconds) {
		this.probeMessages = probeMessages;
		this.seconds = seconds;
	}

	/**
	 * The limit to run the starter at: 60% of the flood capacity rounded down to a multiple of 50,
	 * at least 100 and at most 1,000 (Meta's upgraded level). The flood measures a burst with the
	 * simulator, the client and nothing else on the cores; pacing to exact slots needs headroom: at
	 * 90% the 2-core machine starved (slot-to-arrival p99 375–900 ms, 130429s), at 60% it held.
	 * @param capacity the measured capacity at this latency, msg/s
	 * @return the limit
	 */
	static int limitFor(double capacity) {
		int limit = (int) (0.6 * capacity / 50) * 50;
		return Math.max(100, Math.min(1000, limit));
	}

	void run(Report report) {
		System.out.println(TITLE + " / capacity probe");
		SimulatorConfig probeConfig = SimulatorConfig.builder()
			.limitsEnabled(false)
			.latency(Stacks.META_LATENCY)
			.serverThreads(16)
			.build();
		Load probe;
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(probeConfig);
				WhatsAppTemplate template = Stacks.naive(simulator, simulator.phoneNumberId())) {
			probe = load(simulator, template, this.probeMessages, 53, WARM_UP_THREADS);
		}
		double capacity = probe.stats().acceptedPerSecond();
		int limit = limitFor(Double.isNaN(capacity) ? 0 : capacity);
		report.add(row("capacity probe: naive template, simulator limits off (" + this.probeMessages + " at once)",
				probe, capacity, Double.NaN, this.probeMessages));
		report.note(String.format(Locale.ROOT, "%s: capacity at %s %.0f msg/s, so L = %d/s.", TITLE,
				Stacks.META_LATENCY, capacity, limit));
		System.out.println(TITLE + " / " + STARTER + " at " + limit + "/s");
		int messages = Math.max(1, (int) Math.round(limit * this.seconds));
		SimulatorConfig config = SimulatorConfig.builder()
			.throughputPerSecond(limit)
			.latency(Stacks.META_LATENCY)
			.serverThreads(16)
			.build();
		BucketRateLimiter limiter = Stacks.localLimiter(Stacks.settings(limit, Duration.ofSeconds(6), 45));
		SlotClockRateLimiter clock = new SlotClockRateLimiter(limiter);
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config);
				WhatsAppTemplate template = Stacks.limited(simulator, simulator.phoneNumberId(), clock, true)) {
			Load run = load(simulator, template, messages, 54, Stacks.warmUpSenders(limit, Stacks.META_LATENCY));
			run = run.withDelays(run.stats().delaysSince(clock.slots()));
			report.add(row(STARTER, run, capacity, limit, messages));
			report.lost(TITLE, STARTER, run.outcome());
		}
		finally {
			limiter.close();
		}
	}

	/**
	 * Warms up with {@code warmUpThreads} parallel sends (each opens a connection), then submits
	 * {@code messages} at once and samples the template's in-flight count and the JVM's threads
	 * while they are sent. The starter's run warms up the connections L msg/s at this latency keeps
	 * open ({@link Stacks#warmUpSenders}): a cold pool would spend the first seconds opening hundreds
	 * of connections while slots keep coming, which measures a cold start rather than a sustained
	 * rate.
	 */
	private Load load(WhatsAppSimulator simulator, WhatsAppTemplate template, int messages, int prefix,
			int warmUpThreads) {
		Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
		for (int i = 0; i < messages; i++) {
			queue.add(WhatsAppMessage.text(Recipients.number(prefix, i), "Campaign " + i));
		}
		List<LoadRunner.Lane> lanes = List.of(new LoadRunner.Lane(template, queue, warmUpThreads));
		LoadRunner.warmUp(lanes, 906);
		simulator.reset();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int threadsBefore = threads.getThreadCount();
		threads.resetPeakThreadCount();
		AtomicInteger peakInFlight = new AtomicInteger();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peakInFlight.accumulateAndGet(template.getInFlight(), Math::max), 0, 10,
				TimeUnit.MILLISECONDS);
		long origin = System.nanoTime();
		LoadRunner.Outcome outcome;
		try {
			outcome = LoadRunner.runAsync(lanes, Duration.ofSeconds((long) Math.max(60, 4 * this.seconds)));
		}
		finally {
			sampler.shutdownNow();
		}
		return new Load(outcome, new SimulatorStats(simulator, origin), peakInFlight.get(), threadsBefore,
				threads.getPeakThreadCount(), new Latencies());
	}

	private ResultRow row(String name, Load load, double capacity, double limit, int messages) {
		SimulatorStats stats = load.stats();
		double achieved = stats.acceptedPerSecond();
		long throughputErrors = stats.errors(130429);
		List<Metric> metrics = List.of(Metric.seconds("capacity msg/s", capacity),
				new Metric("limit L msg/s", limit, 0), Metric.count("messages", messages),
				Metric.seconds("time s", load.outcome().seconds()), Metric.seconds("achieved msg/s", achieved),
				Metric.ratio("achieved ÷ L", achieved / limit), Metric.count("130429", throughputErrors),
				Metric.count("delivered", load.outcome().delivered()), Metric.count("lost", load.outcome().lost()),
				Metric.ratio("max requests in 1 s ÷ L", stats.maxRequestsIn(Duration.ofSeconds(1)) / limit),
				Metric.seconds("slot → arrival p50 ms", load.delays().percentileMicros(50) / 1000),
				Metric.seconds("slot → arrival p99 ms", load.delays().percentileMicros(99) / 1000),
				Metric.count("peak in-flight", load.peakInFlight()),
				Metric.count("JVM threads before", load.threadsBefore()),
				Metric.count("JVM threads peak", load.threadsPeak()),
				Metric.count("JVM threads added at peak", load.threadsPeak() - load.threadsBefore()));
		if (Double.isNaN(limit)) {
			return new ResultRow(TITLE, name, metrics, "reference (sets L)", "reference");
		}
		boolean pass = achieved >= 0.95 * limit && throughputErrors == 0;
		return new ResultRow(TITLE, name, metrics, "achieved ≥ 0.95 × L, zero 130429", ResultRow.passFail(pass));
	}

	/**
	 * What one load produced.
	 * @param outcome the driver's counts
	 * @param stats what the simulator saw
	 * @param peakInFlight the most requests the template had in flight (sampled every 10 ms)
	 * @param threadsBefore live JVM threads when the load started
	 * @param threadsPeak the JVM's peak live thread count during the load
	 * @param delays from each recipient's last slot to its last arrival (empty without a limiter)
	 */
	private record Load(LoadRunner.Outcome outcome, SimulatorStats stats, int peakInFlight, int threadsBefore,
			int threadsPeak, Latencies delays) {

		Load withDelays(Latencies delays) {
			return new Load(this.outcome, this.stats, this.peakInFlight, this.threadsBefore, this.threadsPeak, delays);
		}

	}

}
