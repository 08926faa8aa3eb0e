package io.github.whatsappstarter.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.github.whatsappstarter.client.CloudApiClient;

/**
 * A tiny Graph API stand-in on 127.0.0.1 that answers every request with the status and body set
 * last, optionally after a delay, and counts the requests.
 */
final class GraphStub implements AutoCloseable {

	static final String TOKEN = "stub-t0ken-value";

	private final HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private volatile int status = 200;

	private volatile String body = "{}";

	private volatile Duration delay = Duration.ZERO;

	private volatile String lastQuery = "";

	GraphStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.requests.incrementAndGet();
			this.lastQuery = String.valueOf(exchange.getRequestURI().getQuery());
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		this.server.start();
	}

	GraphStub answer(int status, String body) {
		this.status = status;
		this.body = body;
		return this;
	}

	GraphStub graphError(int status, int code) {
		return answer(status, "{\"error\":{\"message\":\"(#" + code
				+ ") Injected\",\"type\":\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"AbCdEf123\"}}");
	}

	GraphStub delay(Duration delay) {
		this.delay = delay;
		return this;
	}

	int requests() {
		return this.requests.get();
	}

	String lastQuery() {
		return this.lastQuery;
	}

	CloudApiClient client(Duration readTimeout) {
		return CloudApiClient.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.accessToken(TOKEN)
			.readTimeout(readTimeout)
			.build();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
