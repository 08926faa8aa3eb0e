package io.github.whatsappstarter.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.ratelimit.RateLimitSettings;

/**
 * Scenario 4: memory of the pair buckets. N distinct recipients pass the limiter on one Hazelcast
 * member (entry-processor store with expiry, pair rule burst 1 per 100 ms so a bucket is full again
 * after 100 ms, kept 2 s after that, expiry sweep tuned as in dependencies.md §5). Measures the peak
 * entry count (sampled during the load: buckets already expire while it runs), heap after GC at the
 * end of the load, and how long after the load the map takes to shrink to 1% of the peak.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class MemoryScenario {

	static final String TITLE = "4. Memory, pair buckets on one member";

	static final String PANEL = "4. Memory: grid entries (s since the load started)";

	private static final Duration PAIR_INTERVAL = Duration.ofMillis(100);

	private static final int THREADS = 4;

	private static final String MAP = "bench-memory";

	private final int recipients;

	MemoryScenario(int recipients) {
		this.recipients = recipients;
	}

	void run(Report report) throws InterruptedException {
		System.out.println(TITLE);
		RateLimitSettings settings = Stacks.settings(1_000_000, PAIR_INTERVAL, 1);
		List<HazelcastInstance> member = LoopbackHazelcast.cluster(1);
		BucketRateLimiter limiter = Stacks.hazelcastLimiter(member.get(0), MAP, 1, settings);
		try {
			IMap<String, byte[]> map = member.get(0).getMap(MAP);
			long heapBefore = usedHeapAfterGc();
			List<double[]> samples = Collections.synchronizedList(new ArrayList<>());
			long loadStart = System.nanoTime();
			ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
			sampler.scheduleAtFixedRate(() -> samples.add(new double[] { (System.nanoTime() - loadStart) / 1e9,
					map.size() }), 0, 250, TimeUnit.MILLISECONDS);
			double loadSeconds = load(limiter);
			sampler.shutdownNow();
			sampler.awaitTermination(5, TimeUnit.SECONDS);
			int atEnd = map.size();
			long heapPeak = usedHeapAfterGc();
			long entryCost = map.getLocalMapStats().getOwnedEntryMemoryCost();
			int peak = (int) Math.max(atEnd, samples.stream().mapToDouble((sample) -> sample[1]).max().orElse(0));
			double window = (PAIR_INTERVAL.toNanos() + Stacks.KEEP_AFTER_FULL.toNanos()) / 1e9;
			double deadline = window + 10;
			double afterWindow = Double.NaN;
			double reached = Double.NaN;
			while (true) {
				double t = (System.nanoTime() - loadStart) / 1e9;
				int size = map.size();
				samples.add(new double[] { t, size });
				if (Double.isNaN(afterWindow) && t - loadSeconds >= window) {
					afterWindow = size;
				}
				if (size <= peak / 100.0 && t - loadSeconds >= window) {
					reached = t - loadSeconds;
					break;
				}
				if (t - loadSeconds > deadline + 20) {
					break;
				}
				Thread.sleep(250);
			}
			long heapAfter = usedHeapAfterGc();
			report.series(PANEL, "entries", samples.stream().mapToDouble((sample) -> sample[0]).toArray(),
					samples.stream().mapToDouble((sample) -> sample[1]).toArray());
			List<Metric> metrics = List.of(Metric.count("recipients", this.recipients),
					Metric.seconds("load s", loadSeconds), Metric.count("peak entries", peak),
					Metric.count("entries at load end", atEnd),
					Metric.seconds("heap used at load end MB", heapPeak / 1048576.0),
					Metric.seconds("heap delta at load end MB", (heapPeak - heapBefore) / 1048576.0),
					Metric.count("entry cost bytes/entry", (atEnd > 0) ? entryCost / atEnd : 0),
					Metric.count("entries after expiry window", (long) afterWindow),
					Metric.seconds("time to ≤ 1% s", reached), Metric.seconds("deadline s", deadline),
					Metric.seconds("heap used after expiry MB", heapAfter / 1048576.0));
			boolean pass = !Double.isNaN(reached) && reached <= deadline;
			report.add(new ResultRow(TITLE, "starter: Hazelcast pair buckets with expiry", metrics,
					"≤ 1% of peak entries within refill-to-full (0.1 s) + keep-after-full (2 s) + 10 s",
					ResultRow.passFail(pass)));
		}
		finally {
			limiter.close();
			LoopbackHazelcast.shutdown(member);
		}
	}

	private double load(BucketRateLimiter limiter) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		for (int i = 0; i < THREADS; i++) {
			executor.execute(() -> {
				int index;
				while ((index = next.getAndIncrement()) < this.recipients) {
					limiter.acquire("100000000000001", Recipients.number(4, index));
				}
			});
		}
		executor.shutdown();
		if (!executor.awaitTermination(5, TimeUnit.MINUTES)) {
			executor.shutdownNow();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
