package io.github.whatsappstarter.sample;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads an image through {@code POST /api/media} and sends it through {@code POST /api/messages}, on the
 * sample app's embedded simulator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "whatsapp.rate-limit.hazelcast.embedded.cluster-name=sample-smoke-test",
				"hazelcast.phone.home.enabled=false" })
class SampleMediaSmokeTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String BOUNDARY = "sample-boundary";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private WhatsAppSimulator simulator;

	@Test
	void uploadsAFileAndSendsItAsAnImageWithACaption() throws Exception {
		HttpResponse<String> uploaded = upload("photo.png", "image/png", PNG);
		assertThat(uploaded.statusCode()).isEqualTo(200);
		String id = json.readTree(uploaded.body()).path("id").asString();
		assertThat(this.simulator.media().find(id)).hasValueSatisfying((media) -> {
			assertThat(media.content()).isEqualTo(PNG);
			assertThat(media.filename()).isEqualTo("photo.png");
		});
		HttpResponse<String> sent = post("/api/messages",
				"{\"to\":\"15551234567\",\"image\":{\"id\":\"" + id + "\"},\"caption\":\"Your photo\"}");
		assertThat(sent.statusCode()).isEqualTo(200);
		String messageId = json.readTree(sent.body()).path("messageId").asString();
		RequestRecord record = this.simulator.recorder().records((each) -> messageId.equals(each.wamid())).get(0);
		assertThat(record.type()).isEqualTo("image");
		JsonNode image = json.readTree(record.body()).path("image");
		assertThat(image.path("id").asString()).isEqualTo(id);
		assertThat(image.path("caption").asString()).isEqualTo("Your photo");
	}

	@Test
	void refusesAnUnsupportedFileTypeNamingTheFieldBeforeUploading() throws Exception {
		long before = this.simulator.media().requestCount();
		HttpResponse<String> response = upload("anim.gif", "image/gif", PNG);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("field").asString()).isEqualTo("type");
		assertThat(this.simulator.media().requestCount()).isEqualTo(before);
	}

	private HttpResponse<String> upload(String filename, String type, byte[] content) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/media"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
