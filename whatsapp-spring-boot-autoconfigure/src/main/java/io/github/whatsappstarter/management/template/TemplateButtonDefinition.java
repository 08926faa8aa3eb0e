package io.github.whatsappstarter.management.template;

import org.jspecify.annotations.Nullable;

/**
 * A button of a template being created. Meta allows up to 10 buttons: quick replies (up to 10),
 * URL buttons (up to 2), one phone-number button and one copy-code button; quick replies must be
 * grouped together, not mixed in between the others.
 *
 * @param type {@code QUICK_REPLY}, {@code URL}, {@code PHONE_NUMBER} or {@code COPY_CODE}
 * @param text the label, at most 25 characters ({@code null} for a copy-code button)
 * @param value the URL (may end in {@code {{1}}}) or the phone number, else {@code null}
 * @param example the example: the full URL for a URL with {{1}}, the code for a copy-code button
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record TemplateButtonDefinition(String type, @Nullable String text, @Nullable String value,
		@Nullable String example) {

	/**
	 * A quick-reply button.
	 * @param text the label
	 * @return the button
	 */
	public static TemplateButtonDefinition quickReply(String text) {
		return new TemplateButtonDefinition("QUICK_REPLY", text, null, null);
	}

	/**
	 * A URL button without a placeholder.
	 * @param text the label
	 * @param url the http or https URL
	 * @return the button
	 */
	public static TemplateButtonDefinition url(String text, String url) {
		return new TemplateButtonDefinition("URL", text, url, null);
	}

	/**
	 * A URL button whose URL ends in {@code {{1}}}.
	 * @param text the label
	 * @param url the URL, e.g. {@code https://example.com/track/{{1}}}
	 * @param example the URL with an example value, e.g. {@code https://example.com/track/42}
	 * @return the button
	 */
	public static TemplateButtonDefinition url(String text, String url, String example) {
		return new TemplateButtonDefinition("URL", text, url, example);
	}

	/**
	 * A button that calls a phone number.
	 * @param text the label
	 * @param phoneNumber the number, e.g. {@code +15550001111}
	 * @return the button
	 */
	public static TemplateButtonDefinition phoneNumber(String text, String phoneNumber) {
		return new TemplateButtonDefinition("PHONE_NUMBER", text, phoneNumber, null);
	}

	/**
	 * A copy-code button (marketing templates).
	 * @param example an example code, at most 15 characters
	 * @return the button
	 */
	public static TemplateButtonDefinition copyCode(String example) {
		return new TemplateButtonDefinition("COPY_CODE", null, null, example);
	}

}
