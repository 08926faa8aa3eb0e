package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class WebhookFuzzTests {

	private static final long SEED = 20261127L;

	private static final String SECRET = "fuzz-secret";

	@Test
	void parserThrowsOnlyItsTypedExceptionOnRandomTruncatedAndMutatedBodies() {
		WebhookPayloadParser parser = new WebhookPayloadParser();
		int accepted = 0;
		int rejected = 0;
		for (byte[] body : WebhookFuzzPayloads.generate(SEED, 1000)) {
			try {
				parser.parse(body);
				accepted++;
			}
			catch (WebhookPayloadException ex) {
				rejected++;
			}
			catch (RuntimeException | StackOverflowError ex) {
				fail("Untyped failure on body " + new String(body, StandardCharsets.UTF_8), ex);
			}
		}
		// both outcomes must occur, or the generator is not exercising the parser
		assertThat(accepted).isGreaterThan(100);
		assertThat(rejected).isGreaterThan(100);
	}

	@Test
	void endpointAnswers200Or4xxToSignedMutatedBodies() {
		List<Object> published = new ArrayList<>();
		WhatsAppWebhookHandler handler = new WhatsAppWebhookHandler(new WebhookHandshake("t"),
				new WebhookSignatureVerifier(SECRET), new WebhookPayloadParser(),
				new WebhookEventDispatcher(published::add, new LocalWebhookDeduplicator(Duration.ofMinutes(1), 10_000),
						List.of()),
				64 * 1024);
		int ok = 0;
		for (byte[] body : WebhookFuzzPayloads.generate(SEED + 1, 300)) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/whatsapp/webhook");
			request.setContentType("application/json");
			request.setContent(body);
			request.addHeader(WebhookSignatureVerifier.HEADER, WebhookPayloads.sign(SECRET, body));
			MockHttpServletResponse response = new MockHttpServletResponse();
			try {
				handler.handleRequest(request, response);
			}
			catch (Exception ex) {
				fail("Handler threw", ex);
			}
			assertThat(response.getStatus()).isIn(200, 400);
			ok += (response.getStatus() == 200) ? 1 : 0;
		}
		assertThat(ok).isGreaterThan(25);
		assertThat(published).isNotEmpty();
	}

}
