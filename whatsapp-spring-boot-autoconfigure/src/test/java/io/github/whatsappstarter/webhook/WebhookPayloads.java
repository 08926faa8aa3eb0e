package io.github.whatsappstarter.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies shaped like Meta's examples (cloud-api.md section 9) and an independent signer.
 */
public final class WebhookPayloads {

	public static final String PHONE_NUMBER_ID = "106540352242922";

	private WebhookPayloads() {
	}

	public static String envelope(String value) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
				"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550009999",
				"phone_number_id":"%s"},%s}}]}]}""".formatted(PHONE_NUMBER_ID, value);
	}

	public static String inboundTextWithContext() {
		return envelope("""
				"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
				"messages":[{"from":"16505551234","id":"wamid.IN1","timestamp":"1749416383","type":"text",
				"text":{"body":"Does it come in another color?"},
				"context":{"from":"15550009999","id":"wamid.OUT0","forwarded":true}}]""");
	}

	public static String status(String messageId, String status, long timestamp) {
		return envelope("""
				"statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"15550001111",
				"biz_opaque_callback_data":"order-42",
				"pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"}}]"""
			.formatted(messageId, status, timestamp));
	}

	public static String failedStatus(String messageId, int code) {
		return envelope("""
				"statuses":[{"id":"%s","status":"failed","timestamp":"1767225600","recipient_id":"15550001111",
				"errors":[{"code":%d,"title":"This message was not delivered to maintain healthy ecosystem engagement.",
				"message":"This message was not delivered to maintain healthy ecosystem engagement.",
				"error_data":{"details":"Some details"},"href":"/documentation/business-messaging/whatsapp/support/error-codes"}]}]"""
			.formatted(messageId, code));
	}

	public static String valueLevelThroughputError() {
		return envelope("""
				"errors":[{"code":130429,"title":"Rate limit hit","message":"(#130429) Rate limit hit",
				"error_data":{"details":"Cloud API message throughput has been reached."},"href":"/errors"}]""");
	}

	public static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
