package io.github.whatsappstarter.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignMessages;
import io.github.whatsappstarter.campaign.CampaignReport;
import io.github.whatsappstarter.campaign.CampaignSettings;
import io.github.whatsappstarter.campaign.HazelcastCampaignStore;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * A campaign to a million streamed recipients on an embedded Hazelcast member, with operations that
 * answer at once (the campaign's own memory is measured, not the HTTP client's): heap after GC
 * before, after start() has read the recipients into the grid, in the middle of the run and at the
 * end, beside the recipient count.
 */
final class CampaignMemoryScenario {

	static final String TITLE = "6. Memory, a campaign to streamed recipients on one member";

	private final int recipients;

	CampaignMemoryScenario(int recipients) {
		this.recipients = recipients;
	}

	void run(Report report) throws Exception {
		System.out.println(TITLE);
		List<HazelcastInstance> member = LoopbackHazelcast.cluster(1);
		AtomicLong sent = new AtomicLong();
		WhatsAppOperations instant = new WhatsAppOperations() {

			@Override
			public SendResult send(String phoneNumberId, WhatsAppMessage message) {
				sent.incrementAndGet();
				return SendResult.of("wamid.bench", message.to(), null, null);
			}

			@Override
			public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
			}

			@Override
			public String getPhoneNumberId() {
				return "100000000000001";
			}

		};
		HazelcastCampaignStore store = new HazelcastCampaignStore(member.get(0), "bench-campaigns",
				Duration.ofSeconds(5));
		WhatsAppCampaigns campaigns = new WhatsAppCampaigns(instant, CampaignSettings.defaults(), null, store,
				(name) -> null);
		try {
			long heapBefore = usedHeapAfterGc();
			long start = System.nanoTime();
			CampaignHandle campaign = campaigns.campaign()
				.recipients(IntStream.range(0, this.recipients).mapToObj((i) -> Recipients.number(6, i)))
				.messageFactory(CampaignMessages.template("spring_sale", "en_US"))
				.start();
			double ingestSeconds = (System.nanoTime() - start) / 1e9;
			long heapIngested = usedHeapAfterGc();
			long heapMid = heapIngested;
			while (sent.get() < this.recipients / 2 && !campaign.completion().isDone()) {
				Thread.sleep(20);
			}
			heapMid = Math.max(heapMid, usedHeapAfterGc());
			CampaignReport done = campaign.completion().get(10, TimeUnit.MINUTES);
			double seconds = (System.nanoTime() - start) / 1e9;
			long heapEnd = usedHeapAfterGc();
			long peak = Math.max(heapIngested, heapMid);
			boolean pass = done.sent() == this.recipients && (peak - heapBefore) < 100L * 1048576;
			System.out.printf(java.util.Locale.ROOT,
					"%d recipients: read in %.1f s, done in %.1f s; heap after GC %.0f MB before, %.0f MB after start(), %.0f MB mid-run, %.0f MB at the end%n",
					this.recipients, ingestSeconds, seconds, mb(heapBefore), mb(heapIngested), mb(heapMid), mb(heapEnd));
			report.add(new ResultRow(TITLE, "starter: Hazelcast campaign store, messages built per recipient",
					List.of(Metric.count("recipients", this.recipients), Metric.count("sent", done.sent()),
							Metric.seconds("start() s", ingestSeconds), Metric.seconds("total s", seconds),
							Metric.seconds("heap before MB", mb(heapBefore)),
							Metric.seconds("heap after start() MB", mb(heapIngested)),
							Metric.seconds("heap mid-run MB", mb(heapMid)),
							Metric.seconds("heap delta peak MB", mb(peak - heapBefore)),
							Metric.seconds("heap at end MB", mb(heapEnd))),
					"every recipient sent, heap (after GC) grows < 100 MB", ResultRow.passFail(pass)));
		}
		finally {
			campaigns.close();
			LoopbackHazelcast.shutdown(member);
		}
	}

	private static double mb(long bytes) {
		return bytes / 1048576.0;
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
