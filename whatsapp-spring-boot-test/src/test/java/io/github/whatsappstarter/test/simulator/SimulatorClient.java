package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-side HTTP client that talks to the simulator over loopback, as a real Cloud API client would.
 */
final class SimulatorClient {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final WhatsAppSimulator simulator;

	SimulatorClient(WhatsAppSimulator simulator) {
		this.simulator = simulator;
	}

	static String text(String to, String body) {
		return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to
				+ "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}";
	}

	static String template(String to) {
		return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to
				+ "\",\"type\":\"template\",\"template\":{\"name\":\"hello\",\"language\":{\"code\":\"en_US\"}}}";
	}

	Reply send(String body) {
		return send(this.simulator.phoneNumberId(), this.simulator.accessToken(), body);
	}

	Reply send(String phoneNumberId, String token, String body) {
		try {
			HttpResponse<String> response = this.http.send(request(phoneNumberId, token, body),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> sendRaw(String body, Duration timeout) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(messagesUri(this.simulator.phoneNumberId()))
			.timeout(timeout)
			.header("Authorization", "Bearer " + this.simulator.accessToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Sends one message without waiting; the future completes with the answer. */
	CompletableFuture<Reply> sendAsync(String body) {
		return this.http
			.sendAsync(request(this.simulator.phoneNumberId(), this.simulator.accessToken(), body),
					HttpResponse.BodyHandlers.ofString())
			.thenApply((r) -> new Reply(r.statusCode(), r.body()));
	}

	/** Sends all bodies at once and waits for every answer. */
	List<Reply> sendConcurrently(List<String> bodies) {
		List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
		for (String body : bodies) {
			futures.add(this.http.sendAsync(request(this.simulator.phoneNumberId(), this.simulator.accessToken(), body),
					HttpResponse.BodyHandlers.ofString()));
		}
		return futures.stream().map(CompletableFuture::join).map((r) -> new Reply(r.statusCode(), r.body())).toList();
	}

	Reply get(String pathAndQuery, String token) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + pathAndQuery))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(String phoneNumberId, String token, String body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(messagesUri(phoneNumberId))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder.build();
	}

	private URI messagesUri(String phoneNumberId) {
		return URI.create(this.simulator.baseUrl() + "/v24.0/" + phoneNumberId + "/messages");
	}

	record Reply(int status, String body) {

		JsonNode json() {
			return MAPPER.readTree(this.body);
		}

		int code() {
			return json().path("error").path("code").asInt();
		}

		String details() {
			return json().path("error").path("error_data").path("details").asString();
		}

	}

}
