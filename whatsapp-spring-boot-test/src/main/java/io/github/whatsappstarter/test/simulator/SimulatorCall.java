package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import com.sun.net.httpserver.HttpExchange;

/**
 * State of one request while the simulator answers it.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SimulatorCall {

	final HttpExchange exchange;

	final Instant receivedAt;

	long nanoTime;

	String phoneNumberId;

	String recipient;

	String type;

	String body;

	Fault.Kind fault;

	SimulatorCall(HttpExchange exchange, long nanoTime, Instant receivedAt) {
		this.exchange = exchange;
		this.nanoTime = nanoTime;
		this.receivedAt = receivedAt;
	}

	void respond(int status, byte[] content, String contentType) throws IOException {
		this.exchange.getResponseHeaders().set("Content-Type", contentType);
		this.exchange.sendResponseHeaders(status, content.length);
		try (OutputStream out = this.exchange.getResponseBody()) {
			out.write(content);
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
