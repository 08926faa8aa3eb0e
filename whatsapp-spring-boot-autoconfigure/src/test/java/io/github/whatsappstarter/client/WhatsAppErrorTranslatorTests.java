package io.github.whatsappstarter.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppErrorTranslator;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppRateLimitedException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppErrorTranslatorTests {

	private final WhatsAppErrorTranslator translator = new WhatsAppErrorTranslator();

	private static byte[] envelope(int code, String details) {
		return ("{\"error\":{\"message\":\"(#" + code + ") Title\",\"type\":\"OAuthException\",\"code\":" + code
				+ ",\"error_subcode\":2494055,\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\""
				+ details + "\"},\"fbtrace_id\":\"Atrace1\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@CsvSource({ "131056, 400, PairRateLimitException", "131056, 429, PairRateLimitException",
			"130429, 400, ThroughputLimitException", "130429, 429, ThroughputLimitException",
			"131048, 400, SpamRateLimitException", "4, 400, ApiRateLimitException",
			"80007, 400, ApiRateLimitException", "17, 400, ApiRateLimitException", "32, 400, ApiRateLimitException",
			"613, 400, ApiRateLimitException", "190, 401, WhatsAppAuthenticationException",
			"0, 401, WhatsAppAuthenticationException", "200, 403, WhatsAppAuthenticationException",
			"100, 400, WhatsAppClientException", "131026, 400, WhatsAppClientException",
			"131047, 400, WhatsAppClientException", "368, 403, WhatsAppClientException",
			"131000, 500, WhatsAppServerException", "131057, 500, MaintenanceException",
			"2, 503, WhatsAppServerException", "133004, 400, WhatsAppServerException",
			"131016, 500, WhatsAppServerException" })
	void mapsGraphCodeToExceptionTypeWhateverTheHttpStatus(int code, int status, String type) {
		WhatsAppException ex = this.translator.translate(status, envelope(code, "why"), "15550001111");
		assertThat(ex.getClass().getSimpleName()).isEqualTo(type);
		assertThat(ex.getCode()).isEqualTo(code);
		assertThat(ex.getHttpStatus()).isEqualTo(status);
	}

	@Test
	void keepsDetailsTraceIdSubcodeAndRecipient() {
		WhatsAppException ex = this.translator.translate(400, envelope(131056, "pair rate limit hit"), "15550001111");
		assertThat(ex.getDetails()).isEqualTo("pair rate limit hit");
		assertThat(ex.getFbtraceId()).isEqualTo("Atrace1");
		assertThat(ex.getGraphError().subcode()).isEqualTo(2494055);
		assertThat(ex.getRecipient()).isEqualTo("15550001111");
		assertThat(ex.getMessage()).contains("131056", "pair rate limit hit", "Atrace1", "***1111")
			.doesNotContain("15550001111");
	}

	@ParameterizedTest
	@CsvSource({ "500", "502", "503", "504" })
	void aServerErrorWithoutAGraphEnvelopeIsAnUnknownOutcomeWithAnExcerpt(int status) {
		byte[] html = ("<html><body><h1>" + status + " Bad Gateway</h1></body></html>").getBytes(StandardCharsets.UTF_8);
		WhatsAppException ex = this.translator.translate(status, html, "15550001111");
		assertThat(ex).isInstanceOf(WhatsAppOutcomeUnknownException.class);
		assertThat(ex.getGraphError()).isNull();
		assertThat(ex.getHttpStatus()).isEqualTo(status);
		assertThat(ex.getMessage()).contains("HTTP " + status, status + " Bad Gateway", "may have been accepted")
			.doesNotContain("15550001111");
	}

	@Test
	void aServerErrorWithAGraphEnvelopeIsClassifiedByItsCode() {
		assertThat(this.translator.translate(502, envelope(131000, "why"), null))
			.isExactlyInstanceOf(WhatsAppServerException.class);
		assertThat(this.translator.translate(503, envelope(131016, "why"), null))
			.isExactlyInstanceOf(WhatsAppServerException.class);
		assertThat(this.translator.translate(503, envelope(130429, "why"), null))
			.isExactlyInstanceOf(ThroughputLimitException.class);
		assertThat(this.translator.translate(500, envelope(99999, "why"), null))
			.isExactlyInstanceOf(WhatsAppServerException.class);
	}

	@ParameterizedTest
	@CsvSource({ "100, 500", "131026, 502", "131047, 503", "368, 500", "132001, 500" })
	void aDocumentedCodeThatNoRetryFixesWinsOverAServerStatus(int code, int status) {
		WhatsAppException ex = this.translator.translate(status, envelope(code, "why"), "15550001111");
		assertThat(ex).isExactlyInstanceOf(WhatsAppClientException.class);
		assertThat(ex.getHttpStatus()).isEqualTo(status);
	}

	@Test
	void anAccountRateLimitSaysWhenToRetryFromTheBusinessUseCaseHeaderInMinutes() {
		// the header as Meta documents it: keyed by business object id, estimated_time_to_regain_access in minutes
		Map<String, String> headers = Map.of("X-Business-Use-Case-Usage", "{\"102938475610\":[{\"type\":\"whatsapp\","
				+ "\"call_count\":100,\"total_cputime\":12,\"total_time\":15,\"estimated_time_to_regain_access\":7},"
				+ "{\"type\":\"pages\",\"call_count\":3,\"estimated_time_to_regain_access\":0}]}");
		WhatsAppException ex = this.translator.translate(400, envelope(80007, "WABA rate limit"), null, headers::get);
		assertThat(ex).isInstanceOfSatisfying(ApiRateLimitException.class,
				(limit) -> assertThat(limit.retryAfter()).isEqualTo(Duration.ofMinutes(7)));
		assertThat(ex.getMessage()).contains("80007", "7 min");
	}

	@Test
	void anAppRateLimitHonoursRetryAfterInSecondsAndTheLongerWaitWins() {
		Map<String, String> retryAfter = Map.of("Retry-After", "90");
		assertThat(((ApiRateLimitException) this.translator.translate(400, envelope(4, "app"), null, retryAfter::get))
			.retryAfter()).isEqualTo(Duration.ofSeconds(90));
		Map<String, String> both = Map.of("Retry-After", "30", "X-Business-Use-Case-Usage",
				"{\"1\":[{\"estimated_time_to_regain_access\":2}]}");
		assertThat(((ApiRateLimitException) this.translator.translate(400, envelope(4, "app"), null, both::get))
			.retryAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void anAppRateLimitWithoutAnEstimateHasNoRetryAfter() {
		Map<String, String> appUsage = Map.of("X-App-Usage", "{\"call_count\":100,\"total_cputime\":25,\"total_time\":25}",
				"X-Business-Use-Case-Usage", "{not json");
		ApiRateLimitException ex = (ApiRateLimitException) this.translator.translate(400, envelope(4, "app"), null,
				appUsage::get);
		assertThat(ex.retryAfter()).isNull();
		assertThat(ex.getMessage()).contains("no time");
		assertThat(((ApiRateLimitException) this.translator.translate(400, envelope(4, "app"), null)).retryAfter())
			.isNull();
	}

	@Test
	void emptyOrMalformedBodiesAreClassifiedByStatus() {
		assertThat(this.translator.translate(500, new byte[0], null)).isInstanceOf(WhatsAppOutcomeUnknownException.class)
			.hasMessageContaining("empty body");
		assertThat(this.translator.translate(503, "{\"error\":\"text\"}".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(WhatsAppOutcomeUnknownException.class);
		assertThat(this.translator.translate(401, null, null)).isInstanceOf(WhatsAppAuthenticationException.class);
		assertThat(this.translator.translate(429, "{not json".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(WhatsAppRateLimitedException.class);
		assertThat(this.translator.translate(400, "{\"error\":\"text\"}".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(WhatsAppClientException.class);
	}

	@Test
	void longBodiesAreCutInTheMessage() {
		byte[] body = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);
		assertThat(this.translator.translate(500, body, null).getMessage()).hasSizeLessThan(400).contains("…");
	}

}
