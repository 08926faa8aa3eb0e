package io.github.whatsappstarter.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the raw body of a WhatsApp Business Account webhook into typed events, in payload order.
 * Strict about the envelope and the fields every update must carry; tolerant of unknown fields,
 * unknown message types and unknown statuses. Changes of fields other than {@code messages} are
 * skipped.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookPayloadParser {

	private static final Log logger = LogFactory.getLog(WebhookPayloadParser.class);

	private static final String OBJECT = "whatsapp_business_account";

	private final JsonMapper jsonMapper;

	private final InboundMessageReader inboundReader = new InboundMessageReader();

	/**
	 * Creates a parser with a default {@link JsonMapper}.
	 */
	public WebhookPayloadParser() {
		this(JsonMapper.builder().build());
	}

	/**
	 * Creates a parser reading trees with the given mapper.
	 * @param jsonMapper the mapper
	 */
	public WebhookPayloadParser(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Parses a webhook body.
	 * @param body the raw request body
	 * @return the events, possibly empty
	 * @throws WebhookPayloadException if the body is not valid JSON or not a well-formed payload
	 */
	public List<WhatsAppWebhookEvent> parse(byte[] body) {
		JsonNode root;
		try {
			root = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadException("body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new WebhookPayloadException("body must be a JSON object");
		}
		if (!OBJECT.equals(JsonFields.optionalText(root, "object"))) {
			throw new WebhookPayloadException("'object' must be '" + OBJECT + "'");
		}
		List<WhatsAppWebhookEvent> events = new ArrayList<>();
		for (JsonNode entry : JsonFields.array(root, "entry", true)) {
			for (JsonNode change : JsonFields.array(entry, "changes", true)) {
				String field = JsonFields.optionalText(change, "field");
				if (field != null && !"messages".equals(field)) {
					logger.debug("Skipping webhook change of field '" + field + "'");
					continue;
				}
				readValue(JsonFields.object(change, "value"), events);
			}
		}
		return events;
	}

	private void readValue(JsonNode value, List<WhatsAppWebhookEvent> events) {
		String phoneNumberId = JsonFields.text(JsonFields.object(value, "metadata"), "phone_number_id");
		Map<String, String> profileNames = new HashMap<>();
		for (JsonNode contact : JsonFields.array(value, "contacts", false)) {
			String waId = JsonFields.optionalText(contact, "wa_id");
			String name = JsonFields.optionalText(contact.get("profile"), "name");
			if (waId != null && name != null) {
				profileNames.put(waId, name);
			}
		}
		for (JsonNode message : JsonFields.array(value, "messages", false)) {
			events.add(this.inboundReader.read(phoneNumberId, message, profileNames));
		}
		for (JsonNode status : JsonFields.array(value, "statuses", false)) {
			events.add(readStatus(phoneNumberId, status));
		}
		List<JsonNode> errors = JsonFields.array(value, "errors", false);
		if (!errors.isEmpty()) {
			events.add(new WhatsAppWebhookErrorEvent(phoneNumberId, readErrors(errors)));
		}
	}

	private WhatsAppStatusEvent readStatus(String phoneNumberId, JsonNode status) {
		MessageStatus messageStatus = MessageStatus.from(JsonFields.text(status, "status"));
		if (messageStatus == MessageStatus.UNKNOWN) {
			logger.debug("Unknown webhook status '" + JsonFields.optionalText(status, "status") + "'");
		}
		JsonNode pricing = status.get("pricing");
		return new WhatsAppStatusEvent(phoneNumberId, JsonFields.text(status, "id"), messageStatus,
				JsonFields.timestamp(status, "timestamp"), JsonFields.optionalText(status, "recipient_id"),
				readErrors(JsonFields.array(status, "errors", false)),
				JsonFields.optionalText(status, "biz_opaque_callback_data"),
				(pricing != null && pricing.isObject()) ? pricing : null, false, status);
	}

	static List<WhatsAppWebhookError> readErrors(List<JsonNode> errors) {
		List<WhatsAppWebhookError> result = new ArrayList<>(errors.size());
		for (JsonNode error : errors) {
			result.add(new WhatsAppWebhookError(JsonFields.integer(error, "code"), JsonFields.optionalText(error, "title"),
					JsonFields.optionalText(error, "message"),
					JsonFields.optionalText(error.get("error_data"), "details"), JsonFields.optionalText(error, "href")));
		}
		return result;
	}

}
