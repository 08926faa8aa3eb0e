package io.github.whatsappstarter.actuate;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * {@link SanitizingFunction} that hides {@code whatsapp.access-token},
 * {@code whatsapp.webhook.app-secret} and {@code whatsapp.webhook.verify-token} in the {@code env} and {@code configprops} endpoints, in
 * every spelling ({@code WHATSAPP_ACCESS_TOKEN}, {@code whatsapp.accessToken}), even with
 * {@code show-values=always}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSecretsSanitizingFunction implements SanitizingFunction {

	private static final List<String> SECRETS = List.of("whatsappaccesstoken", "whatsappwebhookappsecret",
			"whatsappwebhookverifytoken");

	@Override
	public SanitizableData apply(SanitizableData data) {
		String key = data.getKey();
		return (key != null && isSecret(key)) ? data.withSanitizedValue() : data;
	}

	static boolean isSecret(String key) {
		String uniform = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return SECRETS.stream().anyMatch(uniform::endsWith);
	}

}
