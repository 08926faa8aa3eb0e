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
		return this.dispatcher.dispatch(this.parser.parse(body.getBytes(StandardCharsets.UTF_8))).published();
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
	void treatsUpdatesAsNewWhenTheDeduplicatorFails() {
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
		WebhookEventDispatcher dispatcher = new WebhookEventDispatcher(this.published::add, broken,
				List.of(this.failed::add));
		String body = WebhookPayloads.failedStatus("wamid.F", 131049);
		WebhookEventDispatcher.Result result = dispatcher.dispatch(this.parser.parse(body.getBytes(StandardCharsets.UTF_8)));
		assertThat(result.published()).isEqualTo(1);
		assertThat(result.completed()).isTrue();
		assertThat(this.published).hasSize(1);
		assertThat(this.failed).hasSize(1);
	}

	@Test
	void aFailingListenerLeavesItsUpdateUnseenAndTheOthersOfTheDeliveryRun() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofMinutes(5), 1000);
		List<String> failOn = new ArrayList<>(List.of("wamid.B"));
		WebhookEventDispatcher dispatcher = new WebhookEventDispatcher((event) -> {
			String id = ((WhatsAppStatusEvent) event).messageId();
			if (failOn.remove(id)) {
				throw new IllegalStateException("listener bug");
			}
			this.published.add(id);
		}, deduplicator, List.of());
		List<WhatsAppWebhookEvent> delivery = new ArrayList<>();
		for (String id : List.of("wamid.A", "wamid.B", "wamid.C")) {
			delivery.addAll(this.parser.parse(WebhookPayloads.status(id, "sent", 1).getBytes(StandardCharsets.UTF_8)));
		}

		WebhookEventDispatcher.Result first = dispatcher.dispatch(delivery);
		assertThat(first.completed()).isFalse();
		assertThat(first.failed()).isEqualTo(1);
		assertThat(this.published).containsExactly("wamid.A", "wamid.C");
		assertThat(deduplicator.isSeen("status:wamid.B:sent")).isFalse();

		WebhookEventDispatcher.Result redelivery = dispatcher.dispatch(delivery);
		assertThat(redelivery.completed()).isTrue();
		assertThat(redelivery.published()).isEqualTo(1);
		assertThat(this.published).containsExactly("wamid.A", "wamid.C", "wamid.B");
	}

	@Test
	void aFailingFailedStatusHandlerFailsTheUpdateLikeAListener() {
		List<String> handled = new ArrayList<>();
		boolean[] fail = { true };
		WebhookEventDispatcher dispatcher = new WebhookEventDispatcher(this.published::add,
				new LocalWebhookDeduplicator(Duration.ofMinutes(5), 1000), List.of((event) -> {
					if (fail[0]) {
						fail[0] = false;
						throw new IllegalStateException("handler bug");
					}
					handled.add(event.messageId());
				}));
		List<WhatsAppWebhookEvent> delivery = this.parser
			.parse(WebhookPayloads.failedStatus("wamid.F", 131056).getBytes(StandardCharsets.UTF_8));
		assertThat(dispatcher.dispatch(delivery).completed()).isFalse();
		assertThat(dispatcher.dispatch(delivery).completed()).isTrue();
		assertThat(handled).containsExactly("wamid.F");
		assertThat(dispatcher.dispatch(delivery).published()).isZero();
	}

	@Test
	void leavesAnUpdateClaimedByAnotherDeliveryForARedelivery() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofMinutes(5), 1000);
		WebhookEventDispatcher dispatcher = new WebhookEventDispatcher(this.published::add, deduplicator, List.of());
		assertThat(deduplicator.claim("status:wamid.P:sent")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		List<WhatsAppWebhookEvent> delivery = this.parser
			.parse(WebhookPayloads.status("wamid.P", "sent", 1).getBytes(StandardCharsets.UTF_8));
		WebhookEventDispatcher.Result busy = dispatcher.dispatch(delivery);
		assertThat(busy.inProgress()).isEqualTo(1);
		assertThat(busy.completed()).isFalse();
		assertThat(this.published).isEmpty();
		deduplicator.release("status:wamid.P:sent");
		assertThat(dispatcher.dispatch(delivery).completed()).isTrue();
		assertThat(this.published).hasSize(1);
	}

}
