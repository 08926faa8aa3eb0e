package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Checks the {@code X-Hub-Signature-256} header of a webhook POST: {@code sha256=} followed by the
 * hex HMAC-SHA256 of the raw body keyed with the app secret, compared in constant time. The secret
 * never leaves this object.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookSignatureVerifier {

	/** Name of the signature header. */
	public static final String HEADER = "X-Hub-Signature-256";

	private static final String ALGORITHM = "HmacSHA256";

	private static final String PREFIX = "sha256=";

	private final SecretKeySpec key;

	/**
	 * Creates a verifier.
	 * @param appSecret the app secret from the Meta App Dashboard
	 */
	public WebhookSignatureVerifier(String appSecret) {
		Assert.hasText(appSecret, "appSecret must not be empty");
		this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Checks a signature header against a body.
	 * @param body the raw request body, as received
	 * @param header the value of {@value #HEADER}, or {@code null} when absent
	 * @return the outcome
	 */
	public Result verify(byte[] body, @Nullable String header) {
		if (header == null || header.isBlank()) {
			return Result.MISSING;
		}
		String value = header.trim();
		if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return Result.INVALID;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(value.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return Result.INVALID;
		}
		return MessageDigest.isEqual(hmac(body), given) ? Result.VALID : Result.INVALID;
	}

	private byte[] hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "WebhookSignatureVerifier[appSecret=******]";
	}

	/**
	 * Outcome of a signature check.
	 */
	public enum Result {

		/** The header matches the body. */
		VALID,

		/** The header is absent or blank. */
		MISSING,

		/** The header is garbled or does not match the body. */
		INVALID

	}

}
