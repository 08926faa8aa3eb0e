package io.github.whatsappstarter.test.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line until the process is stopped; {@code --help} lists the options.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class SimulatorMain {

	static final String USAGE = """
			Usage: java -jar whatsapp-spring-boot-test-<version>-simulator.jar [options]
			  --port <n>                 port on 127.0.0.1 (default 8089, 0 = any free port)
			  --token <token>            expected bearer token (default simulator-token)
			  --phone-number-id <id>     default phone-number id (default 100000000000001)
			  --throughput <n>           messages per number per window (default 80)
			  --throughput-window <d>    window length, e.g. 1s or 500ms (default 1s)
			  --pair-burst <n>           pair bucket capacity (default 45)
			  --pair-interval <d>        time to refill one pair token (default 6s)
			  --tier <n>                 unique template recipients per 24 h, 0 = off (default 0)
			  --throttle-status <n>      HTTP status of 130429/131056 (default 400)
			  --no-limits                switch every limit off
			  --latency <d>              median delay before each send answer, e.g. 300ms, 2s,
			                             PT0.3S (default 0 = answer at once); limits still count
			                             a request when it arrives
			  --latency-sigma <s>        lognormal spread of the latency, sigma of its logarithm
			                             (default 0 = fixed; Meta's API is roughly 300ms and 0.4)
			  --webhook-url <url>        callback for status webhooks
			  --app-secret <secret>      app secret that signs webhooks
			  --help                     print this text
			""";

	private SimulatorMain() {
	}

	/**
	 * Start the simulator and block.
	 * @param args the options
	 * @throws InterruptedException when interrupted
	 */
	public static void main(String[] args) throws InterruptedException {
		SimulatorConfig config;
		try {
			config = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		if (config == null) {
			System.out.print(USAGE);
			return;
		}
		WhatsAppSimulator simulator = WhatsAppSimulator.start(config);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}));
		System.out.println("WhatsApp Cloud API simulator listening on " + simulator.baseUrl() + " (phone-number id "
				+ simulator.phoneNumberId() + "); " + config);
		stopped.await();
	}

	/**
	 * Parse the options.
	 * @param args the options
	 * @return the config, or null when help was asked for
	 */
	static SimulatorConfig parse(String[] args) {
		SimulatorConfig.Builder builder = SimulatorConfig.builder().port(8089);
		String latency = null;
		double latencySigma = 0;
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if ("--help".equals(option) || "-h".equals(option)) {
				return null;
			}
			if ("--no-limits".equals(option)) {
				builder.limitsEnabled(false);
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Missing value for " + option);
			}
			String value = args[++i];
			switch (option) {
				case "--port" -> builder.port(Integer.parseInt(value));
				case "--token" -> builder.accessToken(value);
				case "--phone-number-id" -> builder.phoneNumberId(value);
				case "--throughput" -> builder.throughputPerSecond(Integer.parseInt(value));
				case "--throughput-window" -> builder.throughputWindow(duration(value));
				case "--pair-burst" -> builder.pairBurst(Integer.parseInt(value));
				case "--pair-interval" -> builder.pairInterval(duration(value));
				case "--tier" -> builder.messagingLimitTier(Integer.parseInt(value));
				case "--throttle-status" -> builder.throttleHttpStatus(Integer.parseInt(value));
				case "--webhook-url" -> builder.webhookUrl(value);
				case "--app-secret" -> builder.appSecret(value);
				case "--latency" -> latency = value;
				case "--latency-sigma" -> latencySigma = Double.parseDouble(value);
				default -> throw new IllegalArgumentException("Unknown option " + option);
			}
		}
		if (latency != null) {
			builder.latency(Latency.parse(latency, latencySigma));
		}
		else if (latencySigma != 0) {
			throw new IllegalArgumentException("--latency-sigma needs --latency");
		}
		return builder.build();
	}

	/**
	 * Parse "250ms", "6s", "2m", "1h" or an ISO-8601 duration.
	 * @param value the text
	 * @return the duration
	 */
	static Duration duration(String value) {
		return Latency.parseDuration(value);
	}

}
