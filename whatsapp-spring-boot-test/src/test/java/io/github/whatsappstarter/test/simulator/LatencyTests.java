package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class LatencyTests {

	private static long[] samples(Latency latency, int count) {
		long[] samples = LongStream.generate(latency::sampleNanos).limit(count).toArray();
		Arrays.sort(samples);
		return samples;
	}

	@Test
	void samplesLognormallyAroundTheMedianWithTheGivenSpread() {
		Latency latency = Latency.lognormal(Duration.ofMillis(300), 0.4);
		long[] samples = samples(latency, 20_001);
		long median = samples[samples.length / 2];
		assertThat(median).isBetween(Duration.ofMillis(255).toNanos(), Duration.ofMillis(345).toNanos());
		double[] logs = Arrays.stream(samples).mapToDouble((s) -> Math.log(s / 300e6)).toArray();
		double mean = Arrays.stream(logs).average().orElseThrow();
		double sd = Math.sqrt(Arrays.stream(logs).map((l) -> (l - mean) * (l - mean)).sum() / logs.length);
		assertThat(sd).isCloseTo(0.4, within(0.04));
		// about 16% of the answers take longer than median x e^sigma (447 ms)
		long slow = Arrays.stream(samples).filter((s) -> s > 447_000_000L).count();
		assertThat(slow / (double) samples.length).isCloseTo(0.159, within(0.03));
	}

	@Test
	void samplesExactlyTheMedianWithSigmaZeroAndNothingForNone() {
		assertThat(samples(Latency.lognormal(Duration.ofMillis(300), 0), 1000)).containsOnly(300_000_000L);
		assertThat(samples(Latency.fixed(Duration.ofMillis(5)), 1000)).containsOnly(5_000_000L);
		assertThat(samples(Latency.none(), 10)).containsOnly(0L);
		assertThat(Latency.fixed(Duration.ZERO)).isEqualTo(Latency.none());
		assertThat(Latency.none().isNone()).isTrue();
		assertThat(Latency.fixed(Duration.ofMillis(300))).isEqualTo(Latency.lognormal(Duration.ofMillis(300), 0));
	}

	@Test
	void capsSamplesAtSixtySeconds() {
		long[] samples = samples(Latency.lognormal(Duration.ofSeconds(30), 3), 2000);
		assertThat(samples[samples.length - 1]).isEqualTo(Duration.ofSeconds(60).toNanos());
		assertThat(samples[0]).isLessThan(Duration.ofSeconds(30).toNanos());
	}

	@Test
	void rejectsNegativeSigmaAndMediansOutsideZeroToSixtySeconds() {
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.lognormal(Duration.ofMillis(300), -0.1));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.lognormal(Duration.ofMillis(300), Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.fixed(Duration.ofMillis(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.fixed(Duration.ofSeconds(61)));
	}

	@Test
	void parsesMillisecondsSecondsZeroAndIsoDurations() {
		assertThat(Latency.parse("300ms", 0.4)).isEqualTo(Latency.lognormal(Duration.ofMillis(300), 0.4));
		assertThat(Latency.parse("2s", 0)).isEqualTo(Latency.fixed(Duration.ofSeconds(2)));
		assertThat(Latency.parse("0", 0.4)).isEqualTo(Latency.none());
		assertThat(Latency.parse("PT0.3S", 0)).isEqualTo(Latency.fixed(Duration.ofMillis(300)));
		assertThat(Latency.parse("pt0.3s", 0)).isEqualTo(Latency.fixed(Duration.ofMillis(300)));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.parse("300", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.parse("fast", 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Latency.parse("", 0));
	}

	@Test
	void describesItselfReadably() {
		assertThat(Latency.lognormal(Duration.ofMillis(300), 0.4)).hasToString("lognormal(median=300ms, sigma=0.4)");
		assertThat(Latency.fixed(Duration.ofSeconds(2))).hasToString("fixed(2s)");
		assertThat(Latency.none()).hasToString("none");
		assertThat(Latency.fixed(Duration.ofMillis(300)).median()).isEqualTo(Duration.ofMillis(300));
		assertThat(Latency.lognormal(Duration.ofMillis(300), 0.4).sigma()).isEqualTo(0.4);
		assertThat(SimulatorConfig.builder().latency(Latency.fixed(Duration.ofMillis(5))).build().toString())
			.contains("latency=fixed(5ms)");
		assertThat(SimulatorConfig.defaults().latency()).isEqualTo(Latency.none());
	}

}
