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
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures how many send requests per second the simulator answers on this machine, with limits off.
 * Arguments: threads (default 16), seconds (default 10), client {@code jdk} (a keep-alive
 * {@link HttpClient} per thread, HTTP/1.1) or {@code socket} (a keep-alive raw socket per thread, which
 * leaves more CPU to the server).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class SimulatorLoadCheck {

	private SimulatorLoadCheck() {
	}

	/**
	 * Run the measurement and print the result.
	 * @param args threads, seconds, client kind
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 16;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		boolean socket = args.length > 2 && "socket".equals(args[2]);
		try (WhatsAppSimulator sim = WhatsAppSimulator.start(SimulatorConfig.builder().limitsEnabled(false).build())) {
			run(sim, socket, threads, 2);
			sim.reset();
			long cpuBefore = serverCpuNanos();
			long ok = run(sim, socket, threads, seconds);
			double cpuPerRequest = (serverCpuNanos() - cpuBefore) / 1000.0 / Math.max(ok, 1);
			System.out.printf("client=%s threads=%d seconds=%d accepted=%d recorded=%d rate=%.0f req/s "
					+ "server-cpu=%.0f us/request (about %.0f req/s per fully used core)%n", socket ? "socket" : "jdk",
					threads, seconds, ok, sim.recorder().acceptedCount(), ok / (double) seconds, cpuPerRequest,
					1_000_000 / cpuPerRequest);
		}
	}

	/** CPU time of the simulator's HTTP worker threads and the JDK server's dispatcher thread. */
	private static long serverCpuNanos() {
		ThreadMXBean bean = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
			if (info != null && (info.getThreadName().startsWith("whatsapp-sim-http")
					|| info.getThreadName().startsWith("HTTP-Dispatcher"))) {
				total += Math.max(0, bean.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static long run(WhatsAppSimulator sim, boolean socket, int threads, int seconds)
			throws InterruptedException {
		LongAdder ok = new LongAdder();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int id = t;
			Thread worker = new Thread(() -> {
				try {
					if (socket) {
						socketLoop(sim, id, end, ok);
					}
					else {
						clientLoop(sim, id, end, ok);
					}
				}
				catch (IOException ex) {
					System.err.println("worker " + id + " failed: " + ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			worker.start();
			workers.add(worker);
		}
		for (Thread worker : workers) {
			worker.join();
		}
		return ok.sum();
	}

	private static String body(int id, long n) {
		return "{\"messaging_product\":\"whatsapp\",\"to\":\"+1555" + id + (n % 1000)
				+ "\",\"type\":\"text\",\"text\":{\"body\":\"load\"}}";
	}

	private static void clientLoop(WhatsAppSimulator sim, int id, long end, LongAdder ok)
			throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI uri = URI.create(sim.baseUrl() + "/v24.0/" + sim.phoneNumberId() + "/messages");
		for (long n = 0; System.nanoTime() < end; n++) {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.header("Authorization", "Bearer " + sim.accessToken())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body(id, n)))
				.build();
			if (client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) {
				ok.increment();
			}
		}
	}

	private static void socketLoop(WhatsAppSimulator sim, int id, long end, LongAdder ok) throws IOException {
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
				out.write(request);
				out.flush();
				if (readResponse(in) == 200) {
					ok.increment();
				}
			}
		}
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

}
