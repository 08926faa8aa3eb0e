package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the WhatsApp Cloud API on 127.0.0.1: it enforces Meta's throughput, pair-rate and
 * (optionally) messaging-limit rules, answers with Meta's error envelopes, records every request, injects
 * faults and posts signed webhooks. Start it with {@link #start(SimulatorConfig)} and close it after use.
 * <p>
 * With a {@link Latency} (config or {@link #latency(Latency)}) a message request is checked against the limits
 * and recorded when it arrives, and its answer is written after the sampled latency by a scheduler, so the
 * server threads stay free and many requests can be open at once.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppSimulator implements AutoCloseable {

	static {
		// Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms each).
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
		// The JDK server closes a finished keep-alive connection when 200 (its default) are idle, which races with
		// clients reusing it ("received no bytes") once hundreds of requests are open, e.g. with a latency.
		if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
			System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
		}
	}

	private final SimulatorConfig config;

	private final HttpServer server;

	private final ExecutorService serverExecutor;

	private final ExecutorService webhookExecutor;

	private final ScheduledExecutorService scheduler;

	private final ScheduledExecutorService answerScheduler;

	private final Limits limits;

	private final Faults faults = new Faults();

	private final RequestRecorder recorder = new RequestRecorder();

	private final Webhooks webhooks;

	private final SimulatorHandler handler;

	private WhatsAppSimulator(SimulatorConfig config) throws IOException {
		this.config = config;
		this.limits = new Limits(config);
		this.serverExecutor = Executors.newFixedThreadPool(config.serverThreads, daemon("whatsapp-sim-http"));
		this.webhookExecutor = Executors.newFixedThreadPool(2, daemon("whatsapp-sim-webhook"));
		this.scheduler = Executors.newScheduledThreadPool(2, daemon("whatsapp-sim-timer"));
		this.answerScheduler = Executors.newScheduledThreadPool(2, daemon("whatsapp-sim-answer"));
		this.webhooks = new Webhooks(config, this.webhookExecutor);
		this.handler = new SimulatorHandler(config, this.limits, this.faults, this.recorder, this.webhooks,
				this.scheduler, this.answerScheduler);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port), 1024);
		this.server.createContext("/", this.handler);
		this.server.setExecutor(this.serverExecutor);
		this.server.start();
	}

	/**
	 * Start a simulator with the defaults on a free port.
	 * @return the running simulator
	 */
	public static WhatsAppSimulator start() {
		return start(SimulatorConfig.defaults());
	}

	/**
	 * Start a simulator.
	 * @param config the settings
	 * @return the running simulator
	 */
	public static WhatsAppSimulator start(SimulatorConfig config) {
		try {
			return new WhatsAppSimulator(config);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the WhatsApp simulator on port " + config.port, ex);
		}
	}

	/**
	 * The base URL a client appends {@code /{version}/{phone-number-id}/messages} to.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * The bound port.
	 * @return the port
	 */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/**
	 * The token the simulator expects after {@code Bearer }.
	 * @return the access token
	 */
	public String accessToken() {
		return this.config.accessToken;
	}

	/**
	 * The default phone-number id.
	 * @return the id
	 */
	public String phoneNumberId() {
		return this.config.phoneNumberId;
	}

	/**
	 * The configuration it was started with.
	 * @return the config
	 */
	public SimulatorConfig config() {
		return this.config;
	}

	/**
	 * The request log and its statistics.
	 * @return the recorder
	 */
	public RequestRecorder recorder() {
		return this.recorder;
	}

	/**
	 * The injected faults.
	 * @return the faults
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * The webhook sender.
	 * @return the webhooks
	 */
	public Webhooks webhooks() {
		return this.webhooks;
	}

	/**
	 * The limits, changeable at runtime.
	 * @return the limits
	 */
	public Limits limits() {
		return this.limits;
	}

	/**
	 * What the fields endpoint answers about the number (status, quality, throughput level,
	 * health status), changeable at runtime.
	 * @return the number's state
	 */
	public NumberState phoneNumber() {
		return this.handler.number;
	}

	/**
	 * The media uploaded to {@code POST /{version}/{phone-number-id}/media} (or put there by a test), the
	 * lifetime of download URLs and the count of media requests.
	 * @return the media store
	 */
	public MediaStore media() {
		return this.handler.mediaStore;
	}

	/**
	 * The id of the simulated WhatsApp Business Account, whose templates and phone numbers the
	 * management endpoints serve.
	 * @return the account id
	 */
	public String businessAccountId() {
		return WebhookPayloads.WABA_ID;
	}

	/**
	 * The account's message templates, changeable at runtime (review outcome, status, whether
	 * sends need a known template).
	 * @return the template store
	 */
	public TemplateStore templates() {
		return this.handler.management.templateStore;
	}

	/**
	 * The block lists of the numbers.
	 * @return the block lists
	 */
	public BlockList blockList() {
		return this.handler.management.blockList;
	}

	/**
	 * Store a business profile field as is, bypassing the update checks, e.g. a vertical Meta
	 * added after the client was released.
	 * @param phoneNumberId the number
	 * @param field the field, e.g. {@code vertical}
	 * @param value the value
	 * @return this simulator
	 */
	public WhatsAppSimulator businessProfileField(String phoneNumberId, String field, String value) {
		this.handler.management.profiles.put(phoneNumberId, field, value);
		return this;
	}

	/**
	 * Set the latency for message requests that arrive from now on; requests already waiting keep the latency
	 * they drew. Use it for "stall then fast": {@code latency(Latency.fixed(Duration.ofSeconds(2)))}, later
	 * {@code latency(Latency.fixed(Duration.ofMillis(5)))}. {@link #reset()} restores the configured one.
	 * @param latency the latency model
	 * @return this simulator
	 */
	public WhatsAppSimulator latency(Latency latency) {
		this.handler.latency(Objects.requireNonNull(latency, "latency must not be null"));
		return this;
	}

	/**
	 * The latency model new message requests get.
	 * @return the current latency
	 */
	public Latency latency() {
		return this.handler.latency();
	}

	/**
	 * Forget records, faults, limiter state, stored media, templates, business profiles, block lists and
	 * runtime changes to limits, the number's state, latency, the media URL lifetime and webhooks.
	 */
	public void reset() {
		this.handler.latency(this.config.latency);
		this.faults.clear();
		this.limits.restore();
		this.handler.number.restore();
		this.handler.mediaStore.clear();
		this.handler.resetLimiters();
		this.handler.management.clear();
		this.webhooks.restore();
		this.recorder.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.scheduler.shutdownNow();
		this.answerScheduler.shutdownNow();
		this.webhookExecutor.shutdownNow();
		this.serverExecutor.shutdownNow();
	}

	@Override
	public String toString() {
		return "WhatsAppSimulator[" + baseUrl() + ", phoneNumberId=" + this.config.phoneNumberId + "]";
	}

	private static ThreadFactory daemon(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
