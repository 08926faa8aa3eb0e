package io.github.whatsappstarter.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentMessageStoreTests {

	private static final WhatsAppMessage MESSAGE = WhatsAppMessage.text("15550001111", "hi");

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return SentMessageStoreTests.this.now;
		}
	};

	@Test
	void remembersSentMessagesByIdOnceEach() {
		SentMessageStore store = new SentMessageStore(Duration.ofMinutes(5), 10, this.clock);
		store.onSent("1", MESSAGE, SendResult.of("wamid.A", "15550001111", "15550001111", "accepted"), Duration.ZERO);
		SentMessageStore.SentMessage sent = store.take("wamid.A");
		assertThat(sent).isNotNull();
		assertThat(sent.message()).isEqualTo(MESSAGE);
		assertThat(sent.phoneNumberId()).isEqualTo("1");
		assertThat(sent.resends()).isZero();
		assertThat(store.take("wamid.A")).isNull();
	}

	@Test
	void forgetsMessagesAfterTheirTimeToLive() {
		SentMessageStore store = new SentMessageStore(Duration.ofMinutes(5), 10, this.clock);
		store.remember("wamid.A", "1", MESSAGE, 0);
		this.now = this.now.plus(Duration.ofMinutes(6));
		assertThat(store.take("wamid.A")).isNull();
		assertThat(store.size()).isZero();
	}

	@Test
	void keepsOnlyTheNewestEntriesWhenFull() {
		SentMessageStore store = new SentMessageStore(Duration.ofMinutes(5), 3, this.clock);
		for (int i = 0; i < 5; i++) {
			store.remember("wamid." + i, "1", MESSAGE, 0);
		}
		assertThat(store.size()).isEqualTo(3);
		assertThat(store.take("wamid.0")).isNull();
		assertThat(store.take("wamid.4")).isNotNull();
	}

}
