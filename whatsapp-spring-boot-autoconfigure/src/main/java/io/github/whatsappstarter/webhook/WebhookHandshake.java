package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Answers Meta's verification request ({@code GET ?hub.mode=subscribe&hub.verify_token=..&hub.challenge=..}):
 * the challenge is echoed only when the mode is {@code subscribe} and the token matches the
 * configured one (compared in constant time). Without a configured token every request is refused.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookHandshake {

	private final byte @Nullable [] verifyToken;

	/**
	 * Creates a handshake.
	 * @param verifyToken the verify token entered in the App Dashboard, or {@code null}
	 */
	public WebhookHandshake(@Nullable String verifyToken) {
		this.verifyToken = (verifyToken != null && !verifyToken.isEmpty())
				? verifyToken.getBytes(StandardCharsets.UTF_8) : null;
	}

	/**
	 * Checks a verification request.
	 * @param mode the {@code hub.mode} parameter
	 * @param token the {@code hub.verify_token} parameter
	 * @param challenge the {@code hub.challenge} parameter
	 * @return the challenge to echo, or empty when the request must be refused
	 */
	public Optional<String> verify(@Nullable String mode, @Nullable String token, @Nullable String challenge) {
		if (this.verifyToken == null || !"subscribe".equals(mode) || token == null || challenge == null) {
			return Optional.empty();
		}
		boolean matches = MessageDigest.isEqual(this.verifyToken, token.getBytes(StandardCharsets.UTF_8));
		return matches ? Optional.of(challenge) : Optional.empty();
	}

	@Override
	public String toString() {
		return "WebhookHandshake[verifyToken=" + ((this.verifyToken != null) ? "******" : "none") + "]";
	}

}
