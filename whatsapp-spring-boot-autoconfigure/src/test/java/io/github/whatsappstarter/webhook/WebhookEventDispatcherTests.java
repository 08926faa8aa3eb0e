package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEventDispatcherTests {

	private final List<Object> published = new ArrayList<>();

	private final List<WhatsAppStatusEvent> failed = new ArrayList<>();

	private final WebhookPayloadParser parser = new WebhookPayloadParser();

	private final WebhookEventDispatcher dispatcher = new WebhookEventDispatcher(this.published::add,
			new LocalWebhookDeduplicator(Duration.ofMinutes(5), 1000), List.of(this.failed::add));

	private int deliver(String body) {
		return this.dispatcher.dispatch(this.parser.parse(body.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void publishesARepeatedInboundMessageOnce() {
		assertThat(deliver(WebhookPayloads.inboundTextWithContext())).isEqualTo(1);
		assertThat(deliver(WebhookPayloads.inboundTextWithContext())).isZero();
		assertThat(this.published).hasSize(1);
	}

	@Test
	void publishesEachStatusOfAMessageOnce() {
		deliver(WebhookPayloads.status("wamid.A", "sent", 1));
		deliver(WebhookPayloads.status("wamid.A", "sent", 1));
		deliver(WebhookPayloads.status("wamid.A", "delivered", 2));
		deliver(WebhookPayloads.status("wamid.B", "sent", 1));
		assertThat(this.published).extracting((event) -> ((WhatsAppStatusEvent) event).messageId() + "/"
				+ ((WhatsAppStatusEvent) event).status())
			.containsExactly("wamid.A/SENT", "wamid.A/DELIVERED", "wamid.B/SENT");
	}

	@Test
	void marksADeliveredArrivingAfterReadAsOutOfOrder() {
		deliver(WebhookPayloads.status("wamid.A", "read", 3));
		deliver(WebhookPayloads.status("wamid.A", "delivered", 2));
		deliver(WebhookPayloads.status("wamid.A", "sent", 1));
		deliver(WebhookPayloads.status("wamid.A", "played", 4));
		assertThat(this.published).extracting((event) -> ((WhatsAppStatusEvent) event).outOfOrder())
			.containsExactly(false, true, true, false);
	}

	@Test
	void handsNewFailedStatusesToTheFailedStatusHandlers() {
		deliver(WebhookPayloads.failedStatus("wamid.F", 131056));
		deliver(WebhookPayloads.failedStatus("wamid.F", 131056));
		deliver(WebhookPayloads.status("wamid.G", "sent", 1));
		assertThat(this.failed).singleElement().satisfies((event) -> {
			assertThat(event.messageId()).isEqualTo("wamid.F");
			assertThat(event.retryable()).isTrue();
		});
	}

	@Test
	void publishesValueLevelErrorsEveryTime() {
		deliver(WebhookPayloads.valueLevelThroughputError());
		deliver(WebhookPayloads.valueLevelThroughputError());
		assertThat(this.published).hasSize(2).allMatch(WhatsAppWebhookErrorEvent.class::isInstance);
	}

	@Test
	void keepsGoingWhenAListenerOrTheDeduplicatorFails() {
		List<Object> seen = new ArrayList<>();
		WebhookDeduplicator broken = new WebhookDeduplicator() {
			@Override
			public boolean markSeen(String key) {
				throw new IllegalStateException("grid down");
			}

			@Override
			public boolean isSeen(String key) {
				throw new IllegalStateException("grid down");
			}
		};
		WebhookEventDispatcher failing = new WebhookEventDispatcher((event) -> {
			seen.add(event);
			throw new IllegalStateException("listener bug");
		}, broken, List.of((event) -> {
			throw new IllegalStateException("handler bug");
		}));
		String body = WebhookPayloads.failedStatus("wamid.F", 131049);
		assertThat(failing.dispatch(this.parser.parse(body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);
		assertThat(seen).hasSize(1);
	}

}
