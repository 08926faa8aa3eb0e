package io.github.whatsappstarter.test.simulator;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media endpoints over real HTTP on 127.0.0.1, with hand-written multipart bodies.
 */
class MediaEndpointTests {

	private static final String BOUNDARY = "sim-boundary-42";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4 };

	static WhatsAppSimulator simulator;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
	}

	@Test
	void storesAnUploadAndServesItsUrlAndBytesWithTheBearerTokenOnly() throws Exception {
		SimulatorClient.Reply uploaded = upload(multipart("whatsapp", "image/png", "a.png", PNG));
		assertThat(uploaded.status()).isEqualTo(200);
		String id = uploaded.json().path("id").asString();
		assertThat(simulator.media().find(id)).hasValueSatisfying((media) -> {
			assertThat(media.content()).isEqualTo(PNG);
			assertThat(media.mimeType()).isEqualTo("image/png");
			assertThat(media.filename()).isEqualTo("a.png");
		});
		JsonNode info = get("/v25.0/" + id, simulator.accessToken()).json();
		assertThat(info.path("mime_type").asString()).isEqualTo("image/png");
		assertThat(info.path("file_size").asLong()).isEqualTo(PNG.length);
		assertThat(info.path("sha256").asString()).isEqualTo(MediaStore.sha256(PNG));
		assertThat(info.path("id").asString()).isEqualTo(id);
		String url = info.path("url").asString();
		assertThat(url).startsWith(simulator.baseUrl() + "/whatsapp_business/attachments/?mid=" + id);
		HttpResponse<byte[]> withToken = download(url, simulator.accessToken());
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.body()).isEqualTo(PNG);
		assertThat(withToken.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(download(url, null).statusCode()).isEqualTo(401);
		assertThat(download(url, "wrong").statusCode()).isEqualTo(401);
		assertThat(download(url.replace("&hash=", "&hash=0"), simulator.accessToken()).statusCode()).isEqualTo(403);
		assertThat(simulator.recorder().records()).as("media requests are not messages").isEmpty();
	}

	@Test
	void refusesAnUploadWithoutMessagingProductAsMetaDoes() throws Exception {
		SimulatorClient.Reply reply = upload(multipart(null, "image/png", "a.png", PNG));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains("messaging_product");
		assertThat(simulator.media().size()).isZero();
	}

	@Test
	void refusesAnUploadWithoutAFile() throws Exception {
		byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n--"
				+ BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		SimulatorClient.Reply reply = upload(body);
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains("file");
	}

	@Test
	void refusesAnUnsupportedTypeNamingTheSupportedOnes() throws Exception {
		SimulatorClient.Reply reply = upload(multipart("whatsapp", "image/gif", "a.gif", PNG));
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains("image/gif").contains("image/jpeg");
		assertThat(simulator.media().size()).isZero();
	}

	@Test
	void refusesAFileOverTheLimitOfItsType() throws Exception {
		byte[] tooBig = new byte[5_000_001];
		SimulatorClient.Reply reply = upload(multipart("whatsapp", "image/jpeg", "big.jpg", tooBig));
		assertThat(reply.code()).isEqualTo(100);
		assertThat(reply.details()).contains("5000000");
		byte[] stickerTooBig = new byte[500_001];
		assertThat(upload(multipart("whatsapp", "image/webp", "s.webp", stickerTooBig)).code()).isEqualTo(100);
		assertThat(upload(multipart("whatsapp", "image/webp", "s.webp", new byte[500_000])).status()).isEqualTo(200);
	}

	@Test
	void takesTheTypeFromTheFilePartWhenTheTypeFieldIsMissing() throws Exception {
		SimulatorClient.Reply reply = upload(multipart("whatsapp", null, "a.ogg", PNG, "audio/ogg; codecs=opus"));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(simulator.media().find(reply.json().path("id").asString()).orElseThrow().mimeType())
			.isEqualTo("audio/ogg");
	}

	@Test
	void answersAnExpiredUrlWith404UntilANewUrlIsFetched() throws Exception {
		String id = simulator.media().put(simulator.phoneNumberId(), "application/pdf", PNG);
		simulator.media().urlTtl(Duration.ofMillis(1));
		String expired = get("/v25.0/" + id, simulator.accessToken()).json().path("url").asString();
		Thread.sleep(20);
		assertThat(download(expired, simulator.accessToken()).statusCode()).isEqualTo(404);
		simulator.media().urlTtl(Duration.ofMinutes(5));
		String fresh = get("/v25.0/" + id, simulator.accessToken()).json().path("url").asString();
		assertThat(download(fresh, simulator.accessToken()).body()).isEqualTo(PNG);
	}

	@Test
	void deletesMediaSoItsIdAndUrlAreGone() throws Exception {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		String url = get("/v25.0/" + id, simulator.accessToken()).json().path("url").asString();
		SimulatorClient.Reply deleted = send("DELETE", "/v25.0/" + id, simulator.accessToken());
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().path("success").asBoolean()).isTrue();
		assertThat(get("/v25.0/" + id, simulator.accessToken()).code()).isEqualTo(100);
		assertThat(send("DELETE", "/v25.0/" + id, simulator.accessToken()).code()).isEqualTo(100);
		assertThat(download(url, simulator.accessToken()).statusCode()).isEqualTo(404);
	}

	@Test
	void checksTheOwningNumberWhenAskedTo() throws Exception {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		assertThat(get("/v25.0/" + id + "?phone_number_id=" + simulator.phoneNumberId(), simulator.accessToken())
			.status()).isEqualTo(200);
		assertThat(get("/v25.0/" + id + "?phone_number_id=100000000000999", simulator.accessToken()).code())
			.isEqualTo(100);
	}

	@Test
	void requiresTheBearerTokenOnEveryMediaEndpoint() throws Exception {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		assertThat(get("/v25.0/" + id, "wrong").code()).isEqualTo(190);
		assertThat(send("DELETE", "/v25.0/" + id, "wrong").code()).isEqualTo(190);
		HttpResponse<String> upload = this.http.send(HttpRequest.newBuilder(uploadUri())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart("whatsapp", "image/png", "a.png", PNG)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(401);
		assertThat(simulator.media().size()).isEqualTo(1);
	}

	@Test
	void answersMediaRequestsAfterTheLatencyLikeMessages() throws Exception {
		simulator.latency(Latency.fixed(Duration.ofMillis(300)));
		long start = System.nanoTime();
		assertThat(upload(multipart("whatsapp", "image/png", "a.png", PNG)).status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	private SimulatorClient.Reply upload(byte[] body) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uploadUri())
			.header("Authorization", "Bearer " + simulator.accessToken())
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new SimulatorClient.Reply(response.statusCode(), response.body());
	}

	private URI uploadUri() {
		return URI.create(simulator.baseUrl() + "/v25.0/" + simulator.phoneNumberId() + "/media");
	}

	private SimulatorClient.Reply get(String path, String token) throws Exception {
		return send("GET", path, token);
	}

	private SimulatorClient.Reply send(String method, String path, String token) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
			.header("Authorization", "Bearer " + token)
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		return new SimulatorClient.Reply(response.statusCode(), response.body());
	}

	private HttpResponse<byte[]> download(String url, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] multipart(String product, String type, String filename, byte[] content) {
		return multipart(product, type, filename, content, type);
	}

	private static byte[] multipart(String product, String type, String filename, byte[] content, String partType) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (product != null) {
			field(out, "messaging_product", product);
		}
		if (type != null) {
			field(out, "type", type);
		}
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static void field(ByteArrayOutputStream out, String name, String value) {
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

}
