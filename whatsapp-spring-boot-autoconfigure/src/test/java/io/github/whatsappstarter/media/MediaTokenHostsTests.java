package io.github.whatsappstarter.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The access token goes to the Graph API host and Meta's media hosts only: two loopback servers, the
 * configured "Graph" one and another, show which requests carry it and which are never made.
 */
class MediaTokenHostsTests {

	private static final String TOKEN = "secret-token";

	private HttpServer graph;

	private HttpServer other;

	private final List<String> graphAuthorizations = new CopyOnWriteArrayList<>();

	private final List<String> otherRequests = new CopyOnWriteArrayList<>();

	private MediaClient client;

	@BeforeEach
	void start() throws IOException {
		this.other = server((exchange) -> {
			this.otherRequests.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			answer(exchange, 200, "leaked");
		});
		this.graph = server((exchange) -> {
			this.graphAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/away")) {
				exchange.getResponseHeaders().set("Location", base(this.other) + "/file");
				answer(exchange, 302, "");
			}
			else if (path.equals("/here")) {
				exchange.getResponseHeaders().set("Location", "/file");
				answer(exchange, 302, "");
			}
			else {
				answer(exchange, 200, "media-bytes");
			}
		});
		this.client = MediaClient.builder().baseUrl(base(this.graph)).accessToken(TOKEN).build();
	}

	@AfterEach
	void stop() {
		this.graph.stop(0);
		this.other.stop(0);
	}

	@Test
	void sendsTheTokenToTheGraphHostAndFollowsARedirectThatStaysThere() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.client.download(base(this.graph) + "/here", out)).isEqualTo(11);
		assertThat(out.toString()).isEqualTo("media-bytes");
		assertThat(this.graphAuthorizations).containsExactly("Bearer " + TOKEN, "Bearer " + TOKEN);
	}

	@Test
	void neverCallsAnotherHostWithOrWithoutTheToken() {
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.client.download(base(this.other) + "/file", new ByteArrayOutputStream()))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("url"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN));
		assertThat(this.otherRequests).isEmpty();
	}

	@Test
	void refusesARedirectToAnotherHost() {
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.client.download(base(this.graph) + "/away", new ByteArrayOutputStream()))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("url"));
		assertThat(this.otherRequests).isEmpty();
	}

	@Test
	void trustsMetasMediaHostsOverHttpsOnly() {
		MediaHosts hosts = new MediaHosts("https://graph.facebook.com");
		assertThat(hosts.isTrusted(URI.create("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1")))
			.isTrue();
		assertThat(hosts.isTrusted(URI.create("https://mmg.whatsapp.net/v/t62"))).isTrue();
		assertThat(hosts.isTrusted(URI.create("https://scontent.xx.FACEBOOK.com/x"))).isTrue();
		assertThat(hosts.isTrusted(URI.create("https://graph.facebook.com/v25.0/1"))).isTrue();
		assertThat(hosts.isTrusted(URI.create("http://lookaside.fbsbx.com/x"))).isFalse();
		assertThat(hosts.isTrusted(URI.create("https://lookaside.fbsbx.com.evil.example/x"))).isFalse();
		assertThat(hosts.isTrusted(URI.create("https://evilfacebook.com/x"))).isFalse();
		assertThat(hosts.isTrusted(URI.create("https://user@lookaside.fbsbx.com/x"))).isFalse();
		assertThat(hosts.isTrusted(URI.create("https://graph.facebook.com:8443/x"))).isFalse();
	}

	@Test
	void keepsTheTokenOutOfToString() {
		assertThat(this.client.toString()).doesNotContain(TOKEN);
	}

	private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", handler);
		server.start();
		return server;
	}

	private static String base(HttpServer server) {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes();
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
