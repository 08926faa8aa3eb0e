package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRecorderTests {

	private final RequestRecorder recorder = new RequestRecorder();

	private void accepted(long millis, String phoneNumberId, String recipient) {
		this.recorder.record(new RequestRecord(Duration.ofMillis(millis).toNanos(), Instant.now(), phoneNumberId,
				recipient, "text", "{}", Outcome.ACCEPTED, 0, 200, "wamid." + millis, null));
	}

	private void rejected(long millis, int code) {
		this.recorder.record(new RequestRecord(Duration.ofMillis(millis).toNanos(), Instant.now(), "1", "9", "text",
				"{}", Outcome.REJECTED, code, 400, null, null));
	}

	@Test
	void findsTheBusiestSlidingWindowOfAcceptedMessages() {
		long[] times = { 0, 100, 900, 950, 999, 1000, 1500, 2100 };
		for (long t : times) {
			accepted(t, "1", "r" + t);
		}
		rejected(960, 130429);
		// [900, 1900) holds 900, 950, 999, 1000, 1500
		assertThat(this.recorder.maxAcceptedInWindow(Duration.ofSeconds(1))).isEqualTo(5);
		assertThat(this.recorder.maxAcceptedInWindow(Duration.ofMillis(100))).isEqualTo(3);
		assertThat(this.recorder.maxAcceptedInWindow(Duration.ofMillis(1))).isEqualTo(1);
	}

	@Test
	void separatesWindowsPerPhoneNumberId() {
		accepted(0, "1", "a");
		accepted(10, "2", "b");
		accepted(20, "1", "c");
		assertThat(this.recorder.maxAcceptedInWindow("1", Duration.ofSeconds(1))).isEqualTo(2);
		assertThat(this.recorder.maxAcceptedInWindow("2", Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(this.recorder.maxAcceptedInWindow(Duration.ofSeconds(1))).isEqualTo(3);
	}

	@Test
	void reportsMinimumSpacingPerRecipient() {
		accepted(0, "1", "a");
		accepted(500, "1", "a");
		accepted(700, "1", "a");
		accepted(100, "1", "b");
		rejected(710, 131056);
		assertThat(this.recorder.minSpacing("+a")).contains(Duration.ofMillis(200));
		assertThat(this.recorder.minSpacing("b")).isEmpty();
		assertThat(this.recorder.minSpacingPerRecipient()).containsOnlyKeys("a");
	}

	@Test
	void countsOutcomesAndCodesAndClears() {
		accepted(0, "1", "a");
		rejected(1, 130429);
		rejected(2, 130429);
		rejected(3, 131056);
		assertThat(this.recorder.acceptedCount()).isEqualTo(1);
		assertThat(this.recorder.countErrorCode(130429)).isEqualTo(2);
		assertThat(this.recorder.countsByErrorCode()).containsEntry(130429, 2L).containsEntry(131056, 1L);
		assertThat(this.recorder.countsByOutcome()).containsEntry(Outcome.REJECTED, 3L);
		this.recorder.clear();
		assertThat(this.recorder.records()).isEmpty();
		assertThat(this.recorder.acceptedCount()).isZero();
	}

}
