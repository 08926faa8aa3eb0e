package io.github.whatsappstarter.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;
import io.github.whatsappstarter.ratelimit.WhatsAppRateLimiter;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

/**
 * Scenario 3: the limiter's cost on one node at a 1,000/s limit. First the machine's send capacity
 * without limiter (simulator limits off), then the achieved rate with 8 sender threads (Hazelcast
 * single member, and local buckets), then the latency each send gains
 * from the limiter: one thread sends paced rounds through three templates that differ only in
 * their limiter (none, local, Hazelcast), interleaved so machine noise hits all three alike, and the
 * time spent inside the limiter's calls per send ({@link TimedRateLimiter}: the synchronous part of
 * the pair check, the throughput reservation and the pair slot).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class OverheadScenario {

	static final String TITLE = "3. Overhead, one node at 1,000/s";

	private static final int LIMIT = 1000;

	private static final int THREADS = 8;

	private static final long ROUND_NANOS = 4_000_000L;

	private static final String[] NAMES = { "no limiter (unlimited())", "local limiter",
			"starter: Hazelcast limiter (1 member)" };

	private final int messages;

	private final int rounds;

	private int sequence;

	/**
	 * Creates the scenario.
	 * @param messages messages per rate measurement (each is also capped at 8 s)
	 * @param rounds latency rounds after the warm-up
	 */
	OverheadScenario(int messages, int rounds) {
		this.messages = messages;
		this.rounds = rounds;
	}

	void run(Report report) {
		RateLimitSettings settings = Stacks.settings(LIMIT, Duration.ofSeconds(6), 45);
		List<HazelcastInstance> member = LoopbackHazelcast.cluster(1);
		List<BucketRateLimiter> limiters = new ArrayList<>();
		try {
			System.out.println(TITLE + " / rates");
			double[] capacity = { CapacityProbe.sendsPerSecond(Duration.ofSeconds(4), THREADS) / LIMIT, 0, 0 };
			double[] local = rate((simulator) -> {
				limiters.add(Stacks.localLimiter(settings));
				return Stacks.limited(simulator, simulator.phoneNumberId(), limiters.get(limiters.size() - 1), true);
			});
			double[] hazelcast = rate((simulator) -> {
				limiters.add(Stacks.hazelcastLimiter(member.get(0), "bench-overhead-rate", 1, settings));
				return Stacks.limited(simulator, simulator.phoneNumberId(), limiters.get(limiters.size() - 1), true);
			});
			System.out.println(TITLE + " / latency");
			BucketRateLimiter localLimiter = Stacks.localLimiter(settings);
			BucketRateLimiter gridLimiter = Stacks.hazelcastLimiter(member.get(0), "bench-overhead-latency", 1, settings);
			limiters.add(localLimiter);
			limiters.add(gridLimiter);
			TimedRateLimiter[] timed = { new TimedRateLimiter(WhatsAppRateLimiter.unlimited()),
					new TimedRateLimiter(localLimiter), new TimedRateLimiter(gridLimiter) };
			Latencies[] sends = latencies(timed);
			double[][] rates = { capacity, local, hazelcast };
			for (int v = 0; v < NAMES.length; v++) {
				report.add(row(v, rates[v], capacity[0], sends[v], sends[0], timed[v].latencies()));
			}
		}
		finally {
			limiters.forEach(BucketRateLimiter::close);
			LoopbackHazelcast.shutdown(member);
		}
	}

	/**
	 * Sends {@code messages} (for at most 8 s) on 8 threads and returns {achieved rate ÷ limit,
	 * 130429 count, lost}.
	 */
	private double[] rate(Function<WhatsAppSimulator, WhatsAppOperations> stack) {
		SimulatorConfig config = SimulatorConfig.builder()
			.throughputPerSecond(LIMIT)
			.serverThreads(16)
			.build();
		WhatsAppOperations operations = null;
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			operations = stack.apply(simulator);
			Queue<WhatsAppMessage> queue = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < this.messages; i++) {
				queue.add(WhatsAppMessage.text(Recipients.number(3, this.sequence++), "Rate " + i));
			}
			List<LoadRunner.Lane> lanes = List.of(new LoadRunner.Lane(operations, queue, THREADS));
			LoadRunner.warmUp(lanes, 904);
			simulator.reset();
			LoadRunner.Outcome outcome = LoadRunner.run(lanes, Duration.ofSeconds(8));
			SimulatorStats stats = new SimulatorStats(simulator, 0);
			return new double[] { outcome.delivered() / outcome.seconds() / LIMIT, stats.errors(130429),
					outcome.lost() };
		}
		finally {
			if (operations != null) {
				Stacks.close(List.of(operations));
			}
		}
	}

	private Latencies[] latencies(TimedRateLimiter[] timed) {
		SimulatorConfig config = SimulatorConfig.builder().throughputPerSecond(LIMIT).serverThreads(4).build();
		Latencies[] sends = { new Latencies(), new Latencies(), new Latencies() };
		WhatsAppTemplate[] templates = new WhatsAppTemplate[timed.length];
		try (WhatsAppSimulator simulator = WhatsAppSimulator.start(config)) {
			for (int v = 0; v < timed.length; v++) {
				templates[v] = Stacks.limited(simulator, "10000000000001" + v, timed[v], true);
			}
			int warmUp = Math.max(100, this.rounds / 5);
			long next = System.nanoTime();
			for (int round = 0; round < warmUp + this.rounds; round++) {
				if (round == warmUp) {
					for (int v = 0; v < timed.length; v++) {
						sends[v].clear();
						timed[v].latencies().clear();
					}
				}
				for (int k = 0; k < templates.length; k++) {
					int v = (round + k) % templates.length;
					WhatsAppMessage message = WhatsAppMessage.text(Recipients.number(30 + v, round), "Ping");
					long start = System.nanoTime();
					try {
						templates[v].send(message);
						sends[v].add(System.nanoTime() - start);
					}
					catch (WhatsAppException ex) {
						// counted by the simulator; a failed send has no meaningful latency
					}
				}
				next += ROUND_NANOS;
				LockSupport.parkNanos(next - System.nanoTime());
			}
		}
		finally {
			Stacks.close(Arrays.asList(templates));
		}
		return sends;
	}

	private ResultRow row(int v, double[] rate, double capacity, Latencies sends, Latencies baseline,
			Latencies limiterCalls) {
		boolean limiter = v > 0;
		List<Metric> metrics = List.of(
				Metric.ratio("capacity ÷ 1,000 (no limiter, simulator limits off)", limiter ? Double.NaN : rate[0]),
				Metric.ratio("achieved ÷ 1,000", limiter ? rate[0] : Double.NaN),
				Metric.ratio("achieved ÷ capacity", limiter ? rate[0] / capacity : Double.NaN),
				Metric.count("130429", limiter ? (long) rate[1] : 0), Metric.count("lost", (long) rate[2]),
				Metric.count("latency samples", sends.size()),
				Metric.seconds("send p50 µs", sends.percentileMicros(50)),
				Metric.seconds("send p99 µs", sends.percentileMicros(99)),
				Metric.seconds("added p50 µs", sends.percentileMicros(50) - baseline.percentileMicros(50)),
				Metric.seconds("added p99 µs", sends.percentileMicros(99) - baseline.percentileMicros(99)),
				Metric.seconds("limiter calls p50 µs", limiterCalls.percentileMicros(50)),
				Metric.seconds("limiter calls p99 µs", limiterCalls.percentileMicros(99)));
		if (!limiter) {
			return new ResultRow(TITLE, NAMES[v], metrics, "reference", "reference");
		}
		return new ResultRow(TITLE, NAMES[v], metrics, "achieved ≥ 0.95 of 1,000/s, zero 130429",
				ResultRow.passFail(rate[0] >= 0.95 && rate[1] == 0 && rate[2] == 0));
	}

}
