package io.github.whatsappstarter.actuate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppSecretsSanitizingFunctionTests {

	private final WhatsAppSecretsSanitizingFunction function = new WhatsAppSecretsSanitizingFunction();

	@ParameterizedTest
	@ValueSource(strings = { "whatsapp.access-token", "WHATSAPP_ACCESS_TOKEN", "whatsapp.accessToken",
			"whatsapp.webhook.app-secret", "WHATSAPP_WEBHOOK_APPSECRET", "whatsapp.webhook.appSecret",
			"whatsapp.webhook.verify-token", "WHATSAPP_WEBHOOK_VERIFYTOKEN" })
	void hidesTheStarterSecretsInEverySpelling(String key) {
		assertThat(this.function.apply(new SanitizableData(null, key, "s3cr3t")).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "whatsapp.phone-number-id", "whatsapp.api.base-url", "other.token" })
	void leavesOtherKeysAlone(String key) {
		assertThat(this.function.apply(new SanitizableData(null, key, "visible")).getValue()).isEqualTo("visible");
	}

}
