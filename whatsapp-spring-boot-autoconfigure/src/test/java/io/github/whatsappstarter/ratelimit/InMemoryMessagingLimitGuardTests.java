package io.github.whatsappstarter.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link InMemoryMessagingLimitGuard}.
 */
class InMemoryMessagingLimitGuardTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

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
			return InMemoryMessagingLimitGuardTests.this.now.get();
		}

	};

	private final MessagingLimitGuard guard = new InMemoryMessagingLimitGuard(2, Duration.ofHours(24), this.clock);

	@Test
	void recipientOverTheTierIsRejectedWithTheTypedException() {
		this.guard.checkAndRecord("100", "491");
		this.guard.checkAndRecord("100", "492");
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> this.guard.checkAndRecord("100", "493"))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getLimit()).isEqualTo(2));
		assertThatNoException().isThrownBy(() -> this.guard.checkAndRecord("200", "493"));
	}

	@Test
	void repeatRecipientDoesNotCountTwice() {
		this.guard.checkAndRecord("100", "491");
		this.guard.checkAndRecord("100", "491");
		this.guard.checkAndRecord("100", "492");
		assertThatNoException().isThrownBy(() -> this.guard.checkAndRecord("100", "491"));
	}

	@Test
	void recipientsLeaveTheRollingWindow() {
		this.guard.checkAndRecord("100", "491");
		this.now.set(this.now.get().plus(Duration.ofHours(12)));
		this.guard.checkAndRecord("100", "492");
		this.now.set(this.now.get().plus(Duration.ofHours(13)));
		assertThatNoException().isThrownBy(() -> this.guard.checkAndRecord("100", "493"));
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> this.guard.checkAndRecord("100", "494"));
	}

}
