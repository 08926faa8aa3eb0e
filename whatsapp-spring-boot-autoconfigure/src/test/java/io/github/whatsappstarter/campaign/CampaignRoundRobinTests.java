package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TextMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch order of a campaign, with operations that answer at once.
 */
class CampaignRoundRobinTests {

	private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

	private final WhatsAppOperations operations = new WhatsAppOperations() {

		@Override
		public SendResult send(String phoneNumberId, WhatsAppMessage message) {
			CampaignRoundRobinTests.this.sent.add(((TextMessage) message).body());
			return SendResult.of("wamid." + CampaignRoundRobinTests.this.sent.size(), message.to(), null, null);
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
			new CampaignSettings(1, Duration.ZERO, 10), null);

	@AfterEach
	void close() {
		this.campaigns.close();
	}

	@Test
	void recipientsTakeTurnsAndEachKeepsItsOrder() {
		List<String> recipients = List.of("15550000001", "15550000002", "15550000003");
		int[] counts = { 3, 1, 2 };
		CampaignReport report = this.campaigns.campaign()
			.recipients(recipients)
			.messages((to) -> IntStream.rangeClosed(1, counts[recipients.indexOf(to)])
				.mapToObj((k) -> WhatsAppMessage.text(to, to.substring(10) + "." + k))
				.toList())
			.start()
			.completion()
			.orTimeout(5, TimeUnit.SECONDS)
			.join();
		assertThat(this.sent).containsExactly("1.1", "2.1", "3.1", "1.2", "3.2", "1.3");
		assertThat(report.sent()).isEqualTo(6);
	}

	@Test
	void manyMessagesAnsweredAtOnceDoNotDeepenTheStack() {
		List<String> recipients = IntStream.range(0, 20_000).mapToObj((i) -> "1555" + (3000000 + i)).toList();
		CampaignReport report = this.campaigns.campaign()
			.recipients(recipients)
			.message((to) -> WhatsAppMessage.text(to, to))
			.start()
			.completion()
			.orTimeout(10, TimeUnit.SECONDS)
			.join();
		assertThat(report.sent()).isEqualTo(20_000);
		assertThat(this.sent).containsExactlyElementsOf(recipients);
	}

	@Test
	void cancellingAFinishedCampaignChangesNothing() {
		CampaignHandle handle = this.campaigns.campaign()
			.recipients(List.of("15550000001"))
			.messages((to) -> List.of(WhatsAppMessage.text(to, "a"), WhatsAppMessage.text(to, "b")))
			.start();
		handle.completion().orTimeout(5, TimeUnit.SECONDS).join();
		assertThat(handle.cancel()).isFalse();
		assertThat(handle.isCancelled()).isFalse();
		assertThat(handle.completion().join().sent()).isEqualTo(2);
		assertThat(this.campaigns.list()).containsExactly(handle);
	}

}
