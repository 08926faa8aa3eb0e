package io.github.whatsappstarter.actuate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PairPressureTrackerTests {

	@Test
	void ranksPairsByMetaRejectionsThenRefusalsThenWaitAndMasksRecipients() {
		PairPressureTracker tracker = new PairPressureTracker(Duration.ofMinutes(5), 100);
		tracker.onWait("pair", "111", "15550001111", Duration.ofSeconds(3));
		tracker.onWait("pair", "111", "15550002222", Duration.ofSeconds(1));
		tracker.onRejected("pair", "111", "15550002222", Duration.ofSeconds(9));
		tracker.onFailed("111", WhatsAppMessage.text("+15550003333", "hi"), new WhatsAppErrorTranslator().translate(
				400, "{\"error\":{\"message\":\"x\",\"code\":131056}}".getBytes(StandardCharsets.UTF_8),
				"+15550003333"), Duration.ZERO);
		assertThat(tracker.top(10)).extracting(PairPressure::recipient)
			.containsExactly("***3333", "***2222", "***1111");
		assertThat(tracker.top(10).get(2)).isEqualTo(new PairPressure("111", "***1111", 1, 3000, 0, 0));
		assertThat(tracker.top(1)).hasSize(1);
	}

	@Test
	void ignoresThroughputWaitsAndSlotsThatWereFree() {
		PairPressureTracker tracker = new PairPressureTracker(Duration.ofMinutes(5), 100);
		tracker.onWait("throughput", "111", "15550001111", Duration.ofSeconds(3));
		tracker.onWait("pair", "111", "15550001111", Duration.ZERO);
		assertThat(tracker.top(10)).isEmpty();
	}

	@Test
	void forgetsPairsAfterTheWindow() {
		PairPressureTracker tracker = new PairPressureTracker(Duration.ofMillis(100), 100);
		tracker.onWait("pair", "111", "15550001111", Duration.ofSeconds(3));
		assertThat(tracker.top(10)).hasSize(1);
		await().atMost(Duration.ofSeconds(2)).until(() -> tracker.top(10).isEmpty());
	}

	@Test
	void tracksAtMostMaxPairs() {
		PairPressureTracker tracker = new PairPressureTracker(Duration.ofMinutes(5), 2);
		tracker.onWait("pair", "111", "15550001111", Duration.ofSeconds(1));
		tracker.onWait("pair", "111", "15550002222", Duration.ofSeconds(1));
		tracker.onWait("pair", "111", "15550003333", Duration.ofSeconds(1));
		assertThat(tracker.top(10)).extracting(PairPressure::recipient).containsExactlyInAnyOrder("***1111", "***2222");
	}

}
