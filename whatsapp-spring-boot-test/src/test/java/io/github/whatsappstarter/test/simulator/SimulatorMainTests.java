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
	void parsesTheLatencyOptions() {
		assertThat(SimulatorMain.parse(new String[] { "--latency", "300ms", "--latency-sigma", "0.4" }).latency())
			.isEqualTo(Latency.lognormal(Duration.ofMillis(300), 0.4));
		assertThat(SimulatorMain.parse(new String[] { "--latency-sigma", "0.4", "--latency", "PT0.3S" }).latency())
			.isEqualTo(Latency.lognormal(Duration.ofMillis(300), 0.4));
		assertThat(SimulatorMain.parse(new String[] { "--latency", "2s" }).latency())
			.isEqualTo(Latency.fixed(Duration.ofSeconds(2)));
		assertThat(SimulatorMain.parse(new String[] { "--latency", "0" }).latency()).isEqualTo(Latency.none());
		assertThat(SimulatorMain.parse(new String[0]).latency()).isEqualTo(Latency.none());
		assertThat(SimulatorMain.USAGE).contains("--latency <d>").contains("--latency-sigma <s>");
	}

	@Test
	void rejectsBadLatencyOptions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorMain.parse(new String[] { "--latency-sigma", "0.4" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorMain.parse(new String[] { "--latency", "300ms", "--latency-sigma", "-1" }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorMain.parse(new String[] { "--latency", "300ms", "--latency-sigma", "wide" }));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatorMain.parse(new String[] { "--latency", "soon" }));
	}

	@Test
	void parsesTheLoadCheckOptions() {
		SimulatorLoadCheck.Options options = SimulatorLoadCheck.Options.parse(new String[] { "--client", "async",
				"--concurrency", "400", "--seconds", "5", "--latency", "300ms", "--latency-sigma", "0.4" });
		assertThat(options).isEqualTo(
				new SimulatorLoadCheck.Options(400, 5, "async", Latency.lognormal(Duration.ofMillis(300), 0.4)));
		assertThat(SimulatorLoadCheck.Options.parse(new String[] { "8", "10", "socket" }))
			.isEqualTo(new SimulatorLoadCheck.Options(8, 10, "socket", Latency.none()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SimulatorLoadCheck.Options.parse(new String[] { "--client", "curl" }));
	}

	@Test
	void parsesDurations() {
		assertThat(SimulatorMain.duration("6s")).isEqualTo(Duration.ofSeconds(6));
		assertThat(SimulatorMain.duration("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(SimulatorMain.duration("PT0.5S")).isEqualTo(Duration.ofMillis(500));
	}

}
