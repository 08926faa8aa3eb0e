package io.github.whatsappstarter.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalWebhookDeduplicatorTests {

	private final MutableClock clock = new MutableClock();

	@Test
	void reportsAKeyAsNewOnlyOnce() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofMinutes(1), 10, this.clock);
		assertThat(deduplicator.isSeen("a")).isFalse();
		assertThat(deduplicator.markSeen("a")).isTrue();
		assertThat(deduplicator.markSeen("a")).isFalse();
		assertThat(deduplicator.isSeen("a")).isTrue();
		assertThat(deduplicator.markSeen("b")).isTrue();
	}

	@Test
	void forgetsKeysAfterTheTimeToLive() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofSeconds(10), 10, this.clock);
		deduplicator.markSeen("a");
		this.clock.advance(Duration.ofSeconds(5));
		deduplicator.markSeen("b");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(deduplicator.isSeen("a")).isFalse();
		assertThat(deduplicator.isSeen("b")).isTrue();
		assertThat(deduplicator.size()).isEqualTo(1);
		assertThat(deduplicator.markSeen("a")).isTrue();
	}

	@Test
	void keepsAtMostMaxEntriesDroppingTheOldest() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofDays(7), 100, this.clock);
		for (int i = 0; i < 1000; i++) {
			deduplicator.markSeen("k" + i);
		}
		assertThat(deduplicator.size()).isEqualTo(100);
		assertThat(deduplicator.isSeen("k899")).isFalse();
		assertThat(deduplicator.isSeen("k900")).isTrue();
		assertThat(deduplicator.isSeen("k999")).isTrue();
	}

	@Test
	void aDuplicateDoesNotExtendTheTimeToLive() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofSeconds(10), 10, this.clock);
		deduplicator.markSeen("a");
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(deduplicator.markSeen("a")).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(deduplicator.markSeen("a")).isTrue();
	}

	@Test
	void aClaimHoldsOffDuplicatesUntilItIsMarkedSeenOrReleased() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofMinutes(10),
				Duration.ofSeconds(30), 10, this.clock);
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.IN_PROGRESS);
		deduplicator.release("a");
		assertThat(deduplicator.isSeen("a")).isFalse();
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		assertThat(deduplicator.markSeen("a")).isTrue();
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.SEEN);
		deduplicator.release("a");
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.SEEN);
	}

	@Test
	void aClaimNeverMarkedSeenLapsesAfterTheClaimTimeToLive() {
		LocalWebhookDeduplicator deduplicator = new LocalWebhookDeduplicator(Duration.ofMinutes(10),
				Duration.ofSeconds(30), 10, this.clock);
		deduplicator.markSeen("older");
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(deduplicator.isSeen("older")).isTrue();
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.NEW);
		assertThat(deduplicator.markSeen("a")).isTrue();
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(deduplicator.claim("a")).isEqualTo(WebhookDeduplicator.Claim.SEEN);
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
