package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and checks Meta's {@code X-Hub-Signature-256} header: {@code sha256=} followed by the hex
 * HMAC-SHA256 of the exact body bytes keyed with the app secret.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WebhookSignature {

	/** The header name. */
	public static final String HEADER = "X-Hub-Signature-256";

	private WebhookSignature() {
	}

	/**
	 * The header value for a body.
	 * @param appSecret the app secret
	 * @param body the exact body bytes
	 * @return {@code sha256=<hex>}
	 */
	public static String sign(String appSecret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * Whether a header value is the signature of the body, compared in constant time.
	 * @param appSecret the app secret
	 * @param body the exact body bytes
	 * @param header the received header value, may be null
	 * @return true when it matches
	 */
	public static boolean verify(String appSecret, byte[] body, String header) {
		if (header == null) {
			return false;
		}
		byte[] expected = sign(appSecret, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
	}

}
