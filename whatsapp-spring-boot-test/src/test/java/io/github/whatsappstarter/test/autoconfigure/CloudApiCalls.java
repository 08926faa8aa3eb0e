package io.github.whatsappstarter.test.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.core.env.Environment;

/**
 * Sends a text the way the starter would, using only the properties the kit sets: the test module cannot depend
 * on the starter (the starter's tests depend on this module).
 */
final class CloudApiCalls {

	private static final HttpClient http = HttpClient.newHttpClient();

	private CloudApiCalls() {
	}

	static int sendText(Environment environment, String to, String text) throws IOException, InterruptedException {
		URI uri = URI.create(environment.getRequiredProperty("whatsapp.api.base-url") + "/v25.0/"
				+ environment.getRequiredProperty("whatsapp.phone-number-id") + "/messages");
		String body = "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\""
				+ text + "\"}}";
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", "Bearer " + environment.getRequiredProperty("whatsapp.access-token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
