package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * State of one request while the simulator answers it. With a latency set by {@link #delayAnswer} the answer
 * is written later on the answer scheduler, never by sleeping on a server thread.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SimulatorCall {

	private static final System.Logger logger = System.getLogger(SimulatorCall.class.getName());

	final HttpExchange exchange;

	final Instant receivedAt;

	long nanoTime;

	String phoneNumberId;

	String recipient;

	String type;

	String body;

	Fault.Kind fault;

	/** Runs once the answer was written (or failed), e.g. to post status webhooks after the answer. */
	Runnable afterAnswer;

	/** Extra response headers, e.g. of a fault. */
	java.util.Map<String, String> headers = java.util.Map.of();

	private long answerDelayNanos;

	private ScheduledExecutorService answerScheduler;

	SimulatorCall(HttpExchange exchange, long nanoTime, Instant receivedAt) {
		this.exchange = exchange;
		this.nanoTime = nanoTime;
		this.receivedAt = receivedAt;
	}

	/**
	 * Write the answer this long after {@link #respond} is called.
	 * @param nanos the latency, 0 to answer at once
	 * @param scheduler where the delayed write runs
	 */
	void delayAnswer(long nanos, ScheduledExecutorService scheduler) {
		this.answerDelayNanos = nanos;
		this.answerScheduler = scheduler;
	}

	void respond(int status, byte[] content, String contentType) throws IOException {
		long delay = this.answerDelayNanos;
		if (delay <= 0) {
			write(status, content, contentType);
			return;
		}
		try {
			this.answerScheduler.schedule(() -> writeLater(status, content, contentType), delay, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the simulator is closing
			this.exchange.close();
		}
	}

	private void writeLater(int status, byte[] content, String contentType) {
		try {
			write(status, content, contentType);
		}
		catch (RuntimeException | IOException ex) {
			logger.log(System.Logger.Level.DEBUG, "Delayed simulator answer failed", ex);
			this.exchange.close();
		}
	}

	private void write(int status, byte[] content, String contentType) throws IOException {
		try {
			this.exchange.getResponseHeaders().set("Content-Type", contentType);
			this.headers.forEach(this.exchange.getResponseHeaders()::set);
			this.exchange.sendResponseHeaders(status, content.length);
			try (OutputStream out = this.exchange.getResponseBody()) {
				out.write(content);
			}
		}
		finally {
			Runnable after = this.afterAnswer;
			if (after != null) {
				this.afterAnswer = null;
				after.run();
			}
		}
	}

	void respondError(GraphError error) throws IOException {
		respond(error.httpStatus(), Json.errorBody(error), "application/json");
	}

	String queryParameter(String name) {
		String query = this.exchange.getRequestURI().getQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(name + "=")) {
				return pair.substring(name.length() + 1);
			}
		}
		return null;
	}

}
