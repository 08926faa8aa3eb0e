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

	/**
	 * One delivery from Meta's business-scoped user IDs page: a text from a user with a username (no
	 * {@code from}, no {@code wa_id}, only {@code from_user_id} / {@code user_id}) and, in the same
	 * POST, a {@code delivered} status for another message.
	 */
	public static String usernameUserTextAndDeliveredStatus(String inboundId, String statusMessageId) {
		return envelope("""
				"contacts":[{"profile":{"name":"Sheena Nelson","username":"@sheena"},"user_id":"US.13491208655302741918"}],
				"messages":[{"from_user_id":"US.13491208655302741918","id":"%s","timestamp":"1749416383",
				"type":"text","text":{"body":"Is my order on its way?"}}],
				"statuses":[{"id":"%s","status":"delivered","timestamp":"1749416390","recipient_id":"15550001111",
				"recipient_user_id":"US.777","pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"}}]""".formatted(inboundId, statusMessageId));
	}

	/**
	 * A {@code read} status of a message sent to a BSUID: no {@code recipient_id}, the BSUID in
	 * {@code recipient_user_id}, the username in {@code contacts[]}.
	 */
	public static String readStatusOfMessageSentToBusinessScopedUserId(String messageId) {
		return envelope("""
				"contacts":[{"profile":{"username":"@sheena"},"user_id":"US.13491208655302741918",
				"parent_user_id":"US.ENT.11815799212886844830"}],
				"statuses":[{"id":"%s","status":"read","timestamp":"1749416400",
				"recipient_user_id":"US.13491208655302741918","recipient_parent_user_id":"US.ENT.11815799212886844830"}]""".formatted(messageId));
	}

	/**
	 * A system message from Meta's system messages webhook reference: the user's BSUID changed.
	 */
	public static String userChangedUserId() {
		return envelope("""
				"messages":[{"from_user_id":"US.111","id":"wamid.SYS1","timestamp":"1749416383","type":"system",
				"system":{"body":"User Sheena changed their user id","type":"user_changed_user_id",
				"user_id":"US.222","parent_user_id":"US.ENT.333"}}]""");
	}

	/**
	 * An account-level change in Meta's shape: {@code entry[].id} is the business account,
	 * {@code entry[].time} the trigger time, no {@code metadata}.
	 */
	public static String accountChange(String field, String value) {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1739321024,
				"changes":[{"value":%s,"field":"%s"}]}]}""".formatted(value, field);
	}

	public static String userPreferencesStop() {
		return """
				{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
				"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
				"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234","user_id":"US.13491208655302741918"}],
				"user_preferences":[{"wa_id":"16505551234","detail":"User requested to stop marketing messages",
				"category":"marketing_messages","value":"stop","timestamp":1731705721}]},"field":"user_preferences"}]}]}"""
			.formatted(PHONE_NUMBER_ID);
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
