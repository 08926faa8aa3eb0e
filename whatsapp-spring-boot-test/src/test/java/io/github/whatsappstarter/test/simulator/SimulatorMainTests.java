package io.github.whatsappstarter.test.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SimulatorMainTests {

	@Test
	void parsesEveryOption() {
		SimulatorConfig config = SimulatorMain.parse(new String[] { "--port", "9090", "--throughput", "20",
				"--pair-burst", "3", "--pair-interval", "250ms", "--token", "xyz", "--webhook-url", "http://127.0.0.1:1/h",
				"--app-secret", "s", "--throttle-status", "429" });
		assertThat(config.port()).isEqualTo(9090);
		assertThat(config.throughputPerSecond()).isEqualTo(20);
		assertThat(config.pairBurst()).isEqualTo(3);
		assertThat(config.pairInterval()).isEqualTo(Duration.ofMillis(250));
		assertThat(config.accessToken()).isEqualTo("xyz");
		assertThat(config.webhookUrl()).isEqualTo("http://127.0.0.1:1/h");
		assertThat(config.throttleHttpStatus()).isEqualTo(429);
		assertThat(config.toString()).doesNotContain("xyz");
	}

	@Test
	void returnsNoConfigForHelpAndRejectsUnknownOptions() {
		assertThat(SimulatorMain.parse(new String[] { "--help" })).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parse(new String[] { "--bogus", "1" }));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parse(new String[] { "--port" }));
	}

	@Test
	void parsesDurations() {
		assertThat(SimulatorMain.duration("6s")).isEqualTo(Duration.ofSeconds(6));
		assertThat(SimulatorMain.duration("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(SimulatorMain.duration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
	}

}
