package io.github.whatsappstarter.campaign;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns over streamed recipients, with operations that answer at once: recipients are read
 * once without being collected, and messages are built only for the recipients in the window, so
 * the messages alive at any time stay bounded whatever the recipient count (scaled down here; the
 * benchmark runs a million).
 */
class CampaignStreamingTests {

	private static final int RECIPIENTS = 200_000;

	private static final int MAX_IN_FLIGHT = 64;

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong built = new AtomicLong();

	private final AtomicInteger mostAlive = new AtomicInteger();

	private final WhatsAppOperations operations = new WhatsAppOperations() {

		@Override
		public SendResult send(String phoneNumberId, WhatsAppMessage message) {
			CampaignStreamingTests.this.sent.incrementAndGet();
			return SendResult.of("wamid.x", message.to(), null, null);
		}

		@Override
		public void markAsRead(String phoneNumberId, MarkAsRead markAsRead) {
		}

		@Override
		public String getPhoneNumberId() {
			return "100000000000001";
		}

	};

	private final WhatsAppCampaigns campaigns = new WhatsAppCampaigns(this.operations,
			new CampaignSettings(MAX_IN_FLIGHT, Duration.ZERO, 10), null);

	@AfterEach
	void close() {
		this.campaigns.close();
	}

	@Test
	void aStreamOfRecipientsIsSentWithOnlyTheWindowsMessagesBuiltAtATime() {
		AtomicInteger pulled = new AtomicInteger();
		long heapBefore = usedHeapAfterGc();
		CampaignHandle campaign = this.campaigns.campaign()
			.recipients(IntStream.range(0, RECIPIENTS).peek((i) -> pulled.incrementAndGet())
				.mapToObj((i) -> "1555" + (10_000_000 + i)))
			.messageFactory(new CountingFactory())
			.start();
		// start() read the stream once; the ingestion's counting builds were dropped again
		assertThat(pulled.get()).isEqualTo(RECIPIENTS);
		CampaignReport report = campaign.completion().orTimeout(60, TimeUnit.SECONDS).join();
		long heapAfter = usedHeapAfterGc();

		assertThat(report.sent()).isEqualTo(RECIPIENTS);
		assertThat(this.sent.get()).isEqualTo(RECIPIENTS);
		int window = MAX_IN_FLIGHT * 2 + 16;
		System.out.println("[figure] streaming campaign: " + RECIPIENTS + " recipients, at most "
				+ this.mostAlive.get() + " messages alive at once (window " + window + "), heap after GC "
				+ (heapBefore >> 20) + " MB before, " + (heapAfter >> 20) + " MB after");
		assertThat(this.mostAlive.get()).isLessThanOrEqualTo(window);
	}

	@Test
	void recipientPagesAreReadUntilAnEmptyPage() {
		AtomicInteger pages = new AtomicInteger();
		CampaignReport report = this.campaigns.campaign()
			.recipientPages(() -> {
				int page = pages.getAndIncrement();
				return (page < 5) ? IntStream.range(0, 700)
					.mapToObj((i) -> CampaignRecipient.of("1555" + (20_000_000 + page * 1000 + i), "Ann"))
					.toList() : List.of();
			})
			.messageFactory(CampaignMessages.template("spring_sale", "en_US"))
			.start()
			.completion()
			.orTimeout(10, TimeUnit.SECONDS)
			.join();
		assertThat(pages.get()).isEqualTo(6);
		assertThat(report.sent()).isEqualTo(3500);
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private final class CountingFactory implements CampaignMessageFactory {

		@Override
		public List<WhatsAppMessage> messages(CampaignRecipient recipient) {
			// the first RECIPIENTS builds are start()'s counting pass, dropped at once; after it, a build
			// not yet sent is a message alive in the window
			long build = CampaignStreamingTests.this.built.incrementAndGet();
			if (build > RECIPIENTS) {
				int alive = (int) (build - RECIPIENTS - CampaignStreamingTests.this.sent.get());
				CampaignStreamingTests.this.mostAlive.accumulateAndGet(alive, Math::max);
			}
			return List.of(WhatsAppMessage.text(recipient.to(), "offer"));
		}

	}

}
