package io.github.whatsappstarter.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the raw body of a WhatsApp Business Account webhook into typed events, in payload order.
 * Only a body that is not JSON is refused. Everything else is read element by element: an element
 * that is malformed or of an unexpected shape becomes a {@link WhatsAppWebhookSkippedEvent} (logged
 * once, naming its JSON path and the problem, never its content) and the other elements of the
 * delivery are still read, so one odd element never costs the updates around it. Changes of the
 * {@code messages} and {@code user_preferences} fields, the account-level fields typed by
 * {@link AccountChangeReader}, and any other field as a {@link WhatsAppWebhookChangeEvent} are read.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WebhookPayloadParser {

	private static final Log logger = LogFactory.getLog(WebhookPayloadParser.class);

	private static final String OBJECT = "whatsapp_business_account";

	private final JsonMapper jsonMapper;

	private final InboundMessageReader inboundReader = new InboundMessageReader();

	private final StatusReader statusReader = new StatusReader();

	private final AccountChangeReader accountReader = new AccountChangeReader();

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
	 * Parses a webhook body. Parts that cannot be read are returned as
	 * {@link WhatsAppWebhookSkippedEvent}s among the other events.
	 * @param body the raw request body
	 * @return the events, possibly empty
	 * @throws WebhookPayloadException if the body is not valid JSON
	 */
	public List<WhatsAppWebhookEvent> parse(byte[] body) {
		JsonNode root;
		try {
			root = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadException("body is not valid JSON: " + ex.getOriginalMessage());
		}
		List<WhatsAppWebhookEvent> events = new ArrayList<>();
		if (root == null || root.isMissingNode()) {
			throw new WebhookPayloadException("body is empty");
		}
		if (!root.isObject()) {
			skip(events, null, null, null, "$", "body must be a JSON object");
			return events;
		}
		if (!OBJECT.equals(JsonFields.optionalText(root, "object"))) {
			skip(events, null, null, null, "$.object", "'object' must be '" + OBJECT + "'");
			return events;
		}
		List<JsonNode> entries;
		try {
			entries = JsonFields.elements(root, "entry");
		}
		catch (WebhookPayloadException ex) {
			skip(events, null, null, null, "$.entry", ex.getMessage());
			return events;
		}
		for (int i = 0; i < entries.size(); i++) {
			readEntry(entries.get(i), "$.entry[" + i + "]", events);
		}
		return events;
	}

	private void readEntry(JsonNode entry, String path, List<WhatsAppWebhookEvent> events) {
		if (!entry.isObject()) {
			skip(events, null, null, null, path, "an entry must be an object");
			return;
		}
		String account = JsonFields.scalarText(entry, "id");
		Instant time = lenientTime(entry);
		List<JsonNode> changes;
		try {
			changes = JsonFields.elements(entry, "changes");
		}
		catch (WebhookPayloadException ex) {
			skip(events, account, null, null, path + ".changes", ex.getMessage());
			return;
		}
		for (int j = 0; j < changes.size(); j++) {
			String changePath = path + ".changes[" + j + "]";
			JsonNode change = changes.get(j);
			String field = change.isObject() ? JsonFields.optionalText(change, "field") : null;
			try {
				readChange(account, time, field, change, changePath, events);
			}
			catch (WebhookPayloadException ex) {
				skip(events, account, null, field, changePath, ex.getMessage());
			}
		}
	}

	private void readChange(@Nullable String account, @Nullable Instant time, @Nullable String field, JsonNode change,
			String path, List<WhatsAppWebhookEvent> events) {
		if (!change.isObject()) {
			throw new WebhookPayloadException("a change must be an object");
		}
		JsonNode value = change.get("value");
		if (value == null || value.isNull()) {
			throw new WebhookPayloadException("'value' is missing");
		}
		if (field == null || "messages".equals(field)) {
			readMessages(account, value, path + ".value", events);
		}
		else if ("user_preferences".equals(field)) {
			readPreferences(account, value, path + ".value", events);
		}
		else {
			events.add(this.accountReader.read(account, time, field, value));
		}
	}

	private void readMessages(@Nullable String account, JsonNode value, String path, List<WhatsAppWebhookEvent> events) {
		String phoneNumberId = JsonFields.text(JsonFields.object(value, "metadata"), "phone_number_id");
		WebhookContacts contacts = WebhookContacts.read(value);
		each(account, phoneNumberId, "messages", value, path, "messages", events,
				(message) -> this.inboundReader.read(phoneNumberId, message, contacts));
		each(account, phoneNumberId, "messages", value, path, "statuses", events,
				(status) -> this.statusReader.read(phoneNumberId, status, contacts));
		try {
			List<WhatsAppWebhookError> errors = StatusReader.readErrors(value.get("errors"));
			if (!errors.isEmpty()) {
				events.add(new WhatsAppWebhookErrorEvent(phoneNumberId, errors));
			}
		}
		catch (WebhookPayloadException ex) {
			skip(events, account, phoneNumberId, "messages", path + ".errors", ex.getMessage());
		}
	}

	private void readPreferences(@Nullable String account, JsonNode value, String path,
			List<WhatsAppWebhookEvent> events) {
		String phoneNumberId = JsonFields.text(JsonFields.object(value, "metadata"), "phone_number_id");
		WebhookContacts contacts = WebhookContacts.read(value);
		each(account, phoneNumberId, "user_preferences", value, path, "user_preferences", events, (preference) -> {
			if (!preference.isObject()) {
				throw new WebhookPayloadException("a preference must be an object");
			}
			WhatsAppUser user = contacts.complete(new WhatsAppUser(JsonFields.scalarText(preference, "wa_id"),
					JsonFields.optionalText(preference, "user_id"), JsonFields.optionalText(preference, "parent_user_id"),
					null, null));
			return new WhatsAppUserPreferencesEvent(phoneNumberId, user, JsonFields.text(preference, "category"),
					JsonFields.text(preference, "value"), JsonFields.optionalText(preference, "detail"),
					JsonFields.optionalTimestamp(preference, "timestamp"), preference);
		});
	}

	private void each(@Nullable String account, String phoneNumberId, String field, JsonNode value, String path,
			String name, List<WhatsAppWebhookEvent> events, ElementReader reader) {
		List<JsonNode> elements;
		try {
			elements = JsonFields.elements(value, name);
		}
		catch (WebhookPayloadException ex) {
			skip(events, account, phoneNumberId, field, path + "." + name, ex.getMessage());
			return;
		}
		for (int k = 0; k < elements.size(); k++) {
			try {
				events.add(reader.read(elements.get(k)));
			}
			catch (WebhookPayloadException ex) {
				skip(events, account, phoneNumberId, field, path + "." + name + "[" + k + "]", ex.getMessage());
			}
		}
	}

	private static @Nullable Instant lenientTime(JsonNode entry) {
		try {
			return JsonFields.optionalTimestamp(entry, "time");
		}
		catch (WebhookPayloadException ex) {
			return null;
		}
	}

	private static void skip(List<WhatsAppWebhookEvent> events, @Nullable String account,
			@Nullable String phoneNumberId, @Nullable String field, String path, String reason) {
		logger.warn("Skipped part of a webhook delivery at " + path + ((field != null) ? " (field '" + field + "')" : "")
				+ ": " + reason + "; the rest of the delivery is published");
		events.add(new WhatsAppWebhookSkippedEvent(account, phoneNumberId, field, path, reason));
	}

	@FunctionalInterface
	private interface ElementReader {

		WhatsAppWebhookEvent read(JsonNode element);

	}

}
