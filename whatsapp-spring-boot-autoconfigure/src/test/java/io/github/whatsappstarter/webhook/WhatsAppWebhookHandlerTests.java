package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppWebhookHandlerTests {

	private static final String SECRET = "handler-secret";

	private final List<Object> published = new ArrayList<>();

	private WhatsAppWebhookHandler handler(WebhookSignatureVerifier verifier) {
		return new WhatsAppWebhookHandler(new WebhookHandshake("token"), verifier, new WebhookPayloadParser(),
				new WebhookEventDispatcher(this.published::add, new LocalWebhookDeduplicator(Duration.ofMinutes(1), 100),
						List.of()),
				1024);
	}

	private MockHttpServletResponse post(WhatsAppWebhookHandler handler, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		handler.handleRequest(request, response);
		return response;
	}

	private static MockHttpServletRequest signedPost(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/whatsapp/webhook");
		request.setContentType("application/json; charset=utf-8");
		request.setContent(body);
		request.addHeader(WebhookSignatureVerifier.HEADER, WebhookPayloads.sign(SECRET, body));
		return request;
	}

	@Test
	void rejectsAChunkedBodyThatGrowsPastTheLimitWith413() throws Exception {
		byte[] body = WebhookPayloads.envelope("\"pad\":\"" + "x".repeat(2000) + "\"").getBytes(StandardCharsets.UTF_8);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/whatsapp/webhook") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
		request.setContentType("application/json");
		request.setContent(body);
		request.addHeader(WebhookSignatureVerifier.HEADER, WebhookPayloads.sign(SECRET, body));
		assertThat(post(handler(new WebhookSignatureVerifier(SECRET)), request).getStatus()).isEqualTo(413);
		assertThat(this.published).isEmpty();
	}

	@Test
	void rejectsNonJsonContentWith415() throws Exception {
		MockHttpServletRequest request = signedPost(WebhookPayloads.inboundTextWithContext().getBytes(StandardCharsets.UTF_8));
		request.setContentType("text/plain");
		assertThat(post(handler(new WebhookSignatureVerifier(SECRET)), request).getStatus()).isEqualTo(415);
		request.setContentType("not a media type");
		assertThat(post(handler(new WebhookSignatureVerifier(SECRET)), request).getStatus()).isEqualTo(415);
		assertThat(this.published).isEmpty();
	}

	@Test
	void answers405ToOtherMethods() throws Exception {
		MockHttpServletResponse response = post(handler(new WebhookSignatureVerifier(SECRET)),
				new MockHttpServletRequest("PUT", "/whatsapp/webhook"));
		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getHeader("Allow")).isEqualTo("GET, POST");
	}

	@Test
	void acceptsUnsignedBodiesWhenTheSignatureCheckIsOff() throws Exception {
		MockHttpServletRequest request = signedPost(WebhookPayloads.inboundTextWithContext().getBytes(StandardCharsets.UTF_8));
		request.removeHeader(WebhookSignatureVerifier.HEADER);
		assertThat(post(handler(null), request).getStatus()).isEqualTo(200);
		assertThat(this.published).hasSize(1);
	}

	@Test
	void signatureIsCheckedBeforeParsing() throws Exception {
		MockHttpServletRequest request = signedPost("{not json".getBytes(StandardCharsets.UTF_8));
		request.removeHeader(WebhookSignatureVerifier.HEADER);
		assertThat(post(handler(new WebhookSignatureVerifier(SECRET)), request).getStatus()).isEqualTo(401);
	}

}
