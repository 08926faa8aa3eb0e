package io.github.whatsappstarter.message;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An interactive address message ({@code "interactive":{"type":"address_message"}}): a body and a button
 * that opens an address form; the address comes back by webhook. Meta offers it only for businesses in
 * India ({@code IN}) and Singapore ({@code SG}) and their customers there (Meta's current page lists India
 * only), and cannot request an address from a number of another country: the recipient must have the
 * country's calling code (+91, +65). {@code values} prefill the form with the fields that country has.
 * Create it with {@link WhatsAppMessage#address(String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient, a number of {@code country}
 * @param bodyText the body text
 * @param country {@code IN} or {@code SG}
 * @param values prefilled form fields by name, e.g. {@code city}; empty for none
 * @param header the header text, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record AddressMessage(String to, String bodyText, String country, Map<String, String> values,
		@Nullable String header, @Nullable String footer, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	private static final Map<String, String> CALLING_CODES = Map.of("IN", "91", "SG", "65");

	private static final Map<String, Set<String>> FIELDS = Map.of("IN",
			Set.of("name", "phone_number", "in_pin_code", "house_number", "floor_number", "tower_number",
					"building_name", "address", "landmark_area", "city", "state"),
			"SG", Set.of("name", "phone_number", "sg_post_code", "address", "unit_number", "city"));

	public AddressMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		country = MessageChecks.text(country, "interactive.action.parameters.country").strip().toUpperCase(Locale.ROOT);
		String callingCode = CALLING_CODES.get(country);
		if (callingCode == null) {
			throw new WhatsAppValidationException("interactive.action.parameters.country",
					"must be IN or SG: Meta offers address messages in India and Singapore only");
		}
		if (!Recipients.key(to).startsWith(Recipients.isBusinessScopedUserId(to) ? country + "." : callingCode)) {
			throw new WhatsAppValidationException("to", "must be a number of " + country + " (+" + callingCode
					+ "): Meta cannot request an address from a number of another country");
		}
		values = MessageChecks.json(MessageChecks.notNull(values, "interactive.action.parameters.values"),
				"interactive.action.parameters.values");
		for (Map.Entry<String, String> value : values.entrySet()) {
			if (!FIELDS.get(country).contains(value.getKey())) {
				throw new WhatsAppValidationException("interactive.action.parameters.values." + value.getKey(),
						"is not an address field of " + country + "; expected one of " + FIELDS.get(country));
			}
			MessageChecks.text(value.getValue(), "interactive.action.parameters.values." + value.getKey());
		}
		values = Map.copyOf(values);
		header = InteractiveChecks.optionalTextHeader(header);
		footer = InteractiveChecks.footer(footer);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	/**
	 * Returns a copy whose form is prefilled with these fields.
	 * @param values field names of the country (e.g. {@code city}, {@code in_pin_code}) and values
	 * @return a new message
	 */
	public AddressMessage withValues(Map<String, String> values) {
		return new AddressMessage(this.to, this.bodyText, this.country, values, this.header, this.footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with a text header.
	 * @param header the header text
	 * @return a new message
	 */
	public AddressMessage withHeader(String header) {
		return new AddressMessage(this.to, this.bodyText, this.country, this.values, header, this.footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with a footer.
	 * @param footer the footer text
	 * @return a new message
	 */
	public AddressMessage withFooter(String footer) {
		return new AddressMessage(this.to, this.bodyText, this.country, this.values, this.header, footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public AddressMessage replyingTo(String messageId) {
		return new AddressMessage(this.to, this.bodyText, this.country, this.values, this.header, this.footer,
				messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public AddressMessage withCallbackData(String data) {
		return new AddressMessage(this.to, this.bodyText, this.country, this.values, this.header, this.footer,
				this.replyTo, data);
	}

}
