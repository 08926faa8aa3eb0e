package io.github.whatsappstarter.test.simulator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures how many send requests per second the simulator answers on this machine, with limits off.
 * Arguments, positional {@code [threads [seconds [client]]]} or as options:
 * <ul>
 * <li>{@code --concurrency <n>} (or the first positional argument, default 16): client threads, or open
 * requests for the {@code async} client;</li>
 * <li>{@code --seconds <n>} (default 10);</li>
 * <li>{@code --client jdk|socket|async} (default {@code jdk}): a keep-alive {@link HttpClient} per thread
 * (HTTP/1.1), a keep-alive raw socket per thread (leaves more CPU to the server), or one shared
 * {@link HttpClient} keeping {@code concurrency} requests open with {@code sendAsync};</li>
 * <li>{@code --latency <d>} and {@code --latency-sigma <s>}: the simulator's {@link Latency}, e.g.
 * {@code --latency 300ms --latency-sigma 0.4 --concurrency 400}; the rate is then bounded by
 * {@code concurrency / mean latency}.</li>
 * </ul>
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class SimulatorLoadCheck {

	private SimulatorLoadCheck() {
	}

	/**
	 * Run the measurement and print the result.
	 * @param args the options, see the class documentation
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		SimulatorConfig config = SimulatorConfig.builder()
			.limitsEnabled(false)
			.recordBodies(false)
			.latency(options.latency())
			.build();
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(config)) {
			run(sim, options, 2);
			sim.reset();
			long cpuBefore = serverCpuNanos();
			Result result = run(sim, options, options.seconds());
			long ok = result.ok();
			double cpuPerRequest = (serverCpuNanos() - cpuBefore) / 1000.0 / Math.max(ok, 1);
			System.out.printf("client=%s concurrency=%d seconds=%d latency=%s accepted=%d recorded=%d failed=%d "
					+ "rate=%.0f req/s mean-answer-time=%.1f ms server-cpu=%.0f us/request "
					+ "(about %.0f req/s per fully used core)%n", options.client(), options.concurrency(),
					options.seconds(), options.latency(), ok, sim.recorder().acceptedCount(), result.failed(),
					ok / (double) options.seconds(), result.answerNanos() / 1e6 / Math.max(ok, 1), cpuPerRequest,
					1_000_000 / cpuPerRequest);
			result.errors().forEach((error, count) -> System.out.println("  failed: " + count + " x " + error));
		}
	}

	/** CPU time of the simulator's HTTP worker and answer threads and the JDK server's dispatcher thread. */
	private static long serverCpuNanos() {
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
			if (info != null && (info.getThreadName().startsWith("whatsapp-sim-http")
					|| info.getThreadName().startsWith("whatsapp-sim-answer")
					|| info.getThreadName().startsWith("HTTP-Dispatcher"))) {
				total += Math.max(0, bean.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static Result run(WhatsAppSimulator sim, Options options, int seconds) throws InterruptedException {
		Counters counters = new Counters();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		if ("async".equals(options.client())) {
			asyncRun(sim, options.concurrency(), end, counters);
			return counters.result();
		}
		boolean socket = "socket".equals(options.client());
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < options.concurrency(); t++) {
			int id = t;
			Thread worker = new Thread(() -> {
				try {
					if (socket) {
						socketLoop(sim, id, end, counters);
					}
					else {
						clientLoop(sim, id, end, counters);
					}
				}
				catch (IOException ex) {
					counters.failed(ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "load-client-" + t);
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return counters.result();
	}

	private static String body(int id, long n) {
		return "{\"messaging_product\":\"whatsapp\",\"to\":\"+1555" + id + (n % 1000)
				+ "\",\"type\":\"text\",\"text\":{\"body\":\"load\"}}";
	}

	private static void clientLoop(WhatsAppSimulator sim, int id, long end, Counters counters)
			throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI uri = URI.create(sim.baseUrl() + "/v24.0/" + sim.phoneNumberId() + "/messages");
		for (long n = 0; System.nanoTime() < end; n++) {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Authorization", "Bearer " + sim.accessToken())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body(id, n)))
				.build();
			long start = System.nanoTime();
			counters.answered(client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode(), start);
		}
	}

	private static void socketLoop(WhatsAppSimulator sim, int id, long end, Counters counters) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sim.port())) {
			socket.setTcpNoDelay(true);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (long n = 0; System.nanoTime() < end; n++) {
				byte[] body = body(id, n).getBytes(StandardCharsets.UTF_8);
				String head = "POST /v24.0/" + sim.phoneNumberId() + "/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ "Authorization: Bearer " + sim.accessToken() + "\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + body.length + "\r\n\r\n";
				byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
				byte[] request = new byte[headBytes.length + body.length];
				System.arraycopy(headBytes, 0, request, 0, headBytes.length);
				System.arraycopy(body, 0, request, headBytes.length, body.length);
				long start = System.nanoTime();
				out.write(request);
				out.flush();
				counters.answered(readResponse(in), start);
			}
		}
	}

	private static void asyncRun(WhatsAppSimulator sim, int concurrency, long end, Counters counters)
			throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI uri = URI.create(sim.baseUrl() + "/v24.0/" + sim.phoneNumberId() + "/messages");
		CountDownLatch done = new CountDownLatch(concurrency);
		for (int slot = 0; slot < concurrency; slot++) {
			asyncNext(client, uri, sim.accessToken(), slot, 0, end, counters, done);
		}
		done.await();
	}

	/** Send one request; when it is answered, send the next on the same slot until the end. */
	private static void asyncNext(HttpClient client, URI uri, String token, int slot, long n, long end,
			Counters counters, CountDownLatch done) {
		if (System.nanoTime() >= end) {
			done.countDown();
			return;
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body(slot, n)))
			.build();
		long start = System.nanoTime();
		client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
			if (error != null) {
				counters.failed(error);
			}
			else {
				counters.answered(response.statusCode(), start);
			}
			asyncNext(client, uri, token, slot, n + 1, end, counters, done);
		});
	}

	private static int readResponse(InputStream in) throws IOException {
		String status = readLine(in);
		int length = 0;
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
				length = Integer.parseInt(line.substring(15).trim());
			}
		}
		in.readNBytes(length);
		return Integer.parseInt(status.substring(9, 12));
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	record Options(int concurrency, int seconds, String client, Latency latency) {

		static Options parse(String[] args) {
			int concurrency = 16;
			int seconds = 10;
			String client = "jdk";
			String latency = "0";
			double sigma = 0;
			int positional = 0;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--")) {
					switch (positional++) {
						case 0 -> concurrency = Integer.parseInt(arg);
						case 1 -> seconds = Integer.parseInt(arg);
						case 2 -> client = arg;
						default -> throw new IllegalArgumentException("Unexpected argument " + arg);
					}
					continue;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("Missing value for " + arg);
				}
				String value = args[++i];
				switch (arg) {
					case "--concurrency", "--threads" -> concurrency = Integer.parseInt(value);
					case "--seconds" -> seconds = Integer.parseInt(value);
					case "--client" -> client = value;
					case "--latency" -> latency = value;
					case "--latency-sigma" -> sigma = Double.parseDouble(value);
					default -> throw new IllegalArgumentException("Unknown option " + arg);
				}
			}
			if (!List.of("jdk", "socket", "async").contains(client)) {
				throw new IllegalArgumentException("client must be jdk, socket or async but was " + client);
			}
			if (concurrency <= 0 || seconds <= 0) {
				throw new IllegalArgumentException("concurrency and seconds must be positive");
			}
			return new Options(concurrency, seconds, client, Latency.parse(latency, sigma));
		}

	}

	private record Result(long ok, long failed, long answerNanos, Map<String, LongAdder> errors) {
	}

	private static final class Counters {

		final LongAdder ok = new LongAdder();

		final LongAdder failed = new LongAdder();

		final LongAdder answerNanos = new LongAdder();

		final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

		void failed(Throwable error) {
			this.failed.increment();
			Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause()
					: error;
			this.errors.computeIfAbsent(cause.toString(), (key) -> new LongAdder()).increment();
		}

		void answered(int status, long startNanos) {
			if (status == 200) {
				this.ok.increment();
				this.answerNanos.add(System.nanoTime() - startNanos);
			}
			else {
				this.errors.computeIfAbsent("HTTP " + status, (key) -> new LongAdder()).increment();
				this.failed.increment();
			}
		}

		Result result() {
			return new Result(this.ok.sum(), this.failed.sum(), this.answerNanos.sum(), this.errors);
		}

	}

}
