package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureVerifierTests {

	private static final String SECRET = "app-secret-123";

	private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(SECRET);

	private final byte[] body = WebhookPayloads.status("wamid.A", "sent", 1767225600).getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsHmacOfTheRawBodyKeyedWithTheAppSecret() {
		assertThat(this.verifier.verify(this.body, WebhookPayloads.sign(SECRET, this.body)))
			.isEqualTo(WebhookSignatureVerifier.Result.VALID);
	}

	@Test
	void acceptsUpperCaseHex() {
		String header = "sha256=" + WebhookPayloads.sign(SECRET, this.body).substring(7).toUpperCase(Locale.ROOT);
		assertThat(this.verifier.verify(this.body, header)).isEqualTo(WebhookSignatureVerifier.Result.VALID);
	}

	@Test
	void rejectsSignatureMadeWithAnotherSecret() {
		assertThat(this.verifier.verify(this.body, WebhookPayloads.sign("other-secret", this.body)))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
	}

	@Test
	void rejectsTamperedBody() {
		String header = WebhookPayloads.sign(SECRET, this.body);
		byte[] tampered = this.body.clone();
		tampered[tampered.length / 2] ^= 1;
		assertThat(this.verifier.verify(tampered, header)).isEqualTo(WebhookSignatureVerifier.Result.INVALID);
	}

	@Test
	void reportsMissingOrBlankHeaderAsMissing() {
		assertThat(this.verifier.verify(this.body, null)).isEqualTo(WebhookSignatureVerifier.Result.MISSING);
		assertThat(this.verifier.verify(this.body, "  ")).isEqualTo(WebhookSignatureVerifier.Result.MISSING);
	}

	@Test
	void rejectsGarbledHeaders() {
		String hex = WebhookPayloads.sign(SECRET, this.body).substring(7);
		assertThat(this.verifier.verify(this.body, hex)).isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(this.verifier.verify(this.body, "sha1=" + hex)).isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(this.verifier.verify(this.body, "sha256=")).isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(this.verifier.verify(this.body, "sha256=" + hex.substring(1)))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(this.verifier.verify(this.body, "sha256=" + hex.substring(0, 62) + "zz"))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
		assertThat(this.verifier.verify(this.body, "sha256=" + hex + "00"))
			.isEqualTo(WebhookSignatureVerifier.Result.INVALID);
	}

	@Test
	void neverShowsTheSecretInToString() {
		assertThat(this.verifier.toString()).doesNotContain(SECRET);
	}

}
