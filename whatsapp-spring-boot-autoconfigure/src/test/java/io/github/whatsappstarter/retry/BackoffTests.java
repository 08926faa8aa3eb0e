package io.github.whatsappstarter.retry;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	@Test
	void pairRateDefaultsFollowMetasFourToTheXSchedule() {
		Backoff pair = WhatsAppRetryPolicy.defaults().pairRate();
		assertThat(pair.nominalDelay(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(pair.nominalDelay(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(pair.nominalDelay(3)).isEqualTo(Duration.ofSeconds(16));
		assertThat(pair.nominalDelay(4)).isEqualTo(Duration.ofSeconds(64));
		assertThat(pair.nominalDelay(5)).isEqualTo(Duration.ofSeconds(64));
	}

	@Test
	void jitterStaysWithinItsSpread() {
		Backoff backoff = new Backoff(Duration.ofMillis(1000), 2, Duration.ofSeconds(10), 0.2);
		for (int i = 0; i < 1000; i++) {
			assertThat(backoff.delay(2).toMillis()).isBetween(1600L, 2400L);
		}
	}

	@Test
	void rejectsAMultiplierBelowOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2), 0));
	}

}
