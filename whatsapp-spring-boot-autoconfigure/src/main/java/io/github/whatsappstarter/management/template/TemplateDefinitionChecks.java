package io.github.whatsappstarter.management.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.whatsappstarter.management.ManagementChecks;

/**
 * Meta's rules for creating a template, checked before the call. Sources:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
 * (names) and .../templates/components (header 60, body 1,024, footer 60, buttons). The button
 * limits (10 in all, 2 URL, 1 phone number, 1 copy code, 25-character labels, quick replies
 * grouped) are from the components page as repeated by BSP documentation.
 */
final class TemplateDefinitionChecks {

	static final int MAX_NAME = 512;

	static final int MAX_HEADER_TEXT = 60;

	static final int MAX_BODY = 1024;

	static final int MAX_FOOTER = 60;

	static final int MAX_BUTTONS = 10;

	static final int MAX_URL_BUTTONS = 2;

	static final int MAX_BUTTON_TEXT = 25;

	static final int MAX_URL = 2000;

	static final int MAX_PHONE = 20;

	static final int MAX_COUPON_CODE = 15;

	private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Za-z]{2,4})?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]*");

	private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Set<String> MEDIA = Set.of("IMAGE", "VIDEO", "DOCUMENT");

	private static final ManagementChecks checks = new ManagementChecks("template");

	private TemplateDefinitionChecks() {
	}

	static void check(TemplateDefinition definition) {
		String name = checks.required(definition.name(), "name");
		checks.maxLength(name, MAX_NAME, "name");
		checks.check(NAME.matcher(name).matches(), "name", "must be lowercase letters, digits and underscores");
		checks.check(definition.language() != null && LANGUAGE.matcher(definition.language()).matches(), "language",
				"must be a language code such as en or en_US");
		checks.check(definition.category() != null && definition.category() != TemplateCategory.UNKNOWN, "category",
				"must be MARKETING, UTILITY or AUTHENTICATION");
		boolean named = definition.parameterFormat() == ParameterFormat.NAMED;
		if (definition.header() != null) {
			header(definition.header(), named);
		}
		body(definition.body(), definition.bodyExamples(), named);
		if (definition.footer() != null) {
			checks.check(!definition.footer().isBlank(), "components.footer.text", "must not be empty");
			checks.maxLength(definition.footer(), MAX_FOOTER, "components.footer.text");
			checks.check(!PLACEHOLDER.matcher(definition.footer()).find(), "components.footer.text",
					"must not contain placeholders");
		}
		buttons(definition.buttons());
	}

	private static void header(TemplateHeader header, boolean named) {
		String field = "components.header";
		String format = header.format();
		if (MEDIA.contains(format)) {
			checks.check(header.examples().size() == 1 && !header.examples().get(0).isBlank(),
					field + ".example.header_handle", "must hold the handle of an uploaded example asset");
			return;
		}
		if ("LOCATION".equals(format)) {
			return;
		}
		String text = checks.required(header.text(), field + ".text");
		checks.maxLength(text, MAX_HEADER_TEXT, field + ".text");
		List<String> placeholders = placeholders(text);
		checks.check(placeholders.size() <= 1, field + ".text", "allows at most one placeholder");
		if (placeholders.isEmpty()) {
			checks.check(header.examples().isEmpty(), field + ".example", "is only allowed with a placeholder");
			return;
		}
		String placeholder = placeholders.get(0);
		if ("TEXT_NAMED".equals(format)) {
			checks.check(named, field + ".text", "uses a named placeholder, so the body must use named ones too");
			checks.check(header.examples().size() == 2, field + ".example", "must hold the name and one example");
			checks.check(placeholder.equals(header.examples().get(0)), field + ".example",
					"must name the placeholder {{" + placeholder + "}}");
			checks.check(!header.examples().get(1).isBlank(), field + ".example", "must not be empty");
		}
		else {
			checks.check(!named, field + ".text",
					"uses a numbered placeholder, so the body must use numbered ones too");
			checks.check("1".equals(placeholder), field + ".text", "must number its placeholder {{1}}");
			checks.check(header.examples().size() == 1 && !header.examples().get(0).isBlank(), field + ".example",
					"must hold one example for {{1}}");
		}
	}

	private static void body(String body, Map<String, String> examples, boolean named) {
		String field = "components.body";
		checks.check(!body.isBlank(), field + ".text", "must not be empty");
		checks.maxLength(body, MAX_BODY, field + ".text");
		Set<String> placeholders = new LinkedHashSet<>(placeholders(body));
		for (String placeholder : placeholders) {
			if (named) {
				checks.check(PARAMETER_NAME.matcher(placeholder).matches(), field + ".text",
						"has {{" + placeholder + "}}; named placeholders are lowercase letters, digits and underscores");
			}
			else {
				checks.check(NUMBER.matcher(placeholder).matches(), field + ".text",
						"has {{" + placeholder + "}}; positional placeholders are numbers from {{1}}");
			}
		}
		if (!named) {
			for (int i = 1; i <= placeholders.size(); i++) {
				checks.check(placeholders.contains(String.valueOf(i)), field + ".text",
						"must number its placeholders consecutively from {{1}}; {{" + i + "}} is missing");
			}
		}
		checks.check(examples.keySet().equals(placeholders), field + ".example",
				"must hold one example per placeholder: expected " + placeholders.size() + " for " + placeholders
						+ ", got " + examples.size() + " for " + examples.keySet());
		examples.forEach((key, value) -> checks.check(value != null && !value.isBlank(),
				field + ".example[" + key + "]", "must not be empty"));
	}

	private static void buttons(List<TemplateButtonDefinition> buttons) {
		checks.maxSize(buttons, MAX_BUTTONS, "components.buttons");
		int url = 0;
		int phone = 0;
		int copyCode = 0;
		List<Boolean> quickReply = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i++) {
			TemplateButtonDefinition button = buttons.get(i);
			String field = "components.buttons[" + i + "]";
			String type = String.valueOf(button.type());
			quickReply.add("QUICK_REPLY".equals(type));
			if (!"COPY_CODE".equals(type)) {
				String text = checks.required(button.text(), field + ".text");
				checks.maxLength(text, MAX_BUTTON_TEXT, field + ".text");
			}
			switch (type) {
				case "URL" -> {
					url++;
					url(button, field);
				}
				case "PHONE_NUMBER" -> {
					phone++;
					String number = checks.required(button.value(), field + ".phone_number");
					checks.maxLength(number, MAX_PHONE, field + ".phone_number");
					checks.check(number.matches("\\+?[0-9]+"), field + ".phone_number",
							"must be a phone number with digits only");
				}
				case "COPY_CODE" -> {
					copyCode++;
					String code = checks.required(button.example(), field + ".example");
					checks.maxLength(code, MAX_COUPON_CODE, field + ".example");
				}
				case "QUICK_REPLY" -> {
				}
				default -> checks.check(false, field + ".type", "must be QUICK_REPLY, URL, PHONE_NUMBER or COPY_CODE");
			}
		}
		checks.check(url <= MAX_URL_BUTTONS, "components.buttons", "allows at most 2 URL buttons (was " + url + ")");
		checks.check(phone <= 1, "components.buttons", "allows one phone-number button (was " + phone + ")");
		checks.check(copyCode <= 1, "components.buttons", "allows one copy-code button (was " + copyCode + ")");
		int groups = 0;
		for (int i = 0; i < quickReply.size(); i++) {
			if (i == 0 || !quickReply.get(i).equals(quickReply.get(i - 1))) {
				groups++;
			}
		}
		checks.check(groups <= 2, "components.buttons",
				"must keep quick replies together, before or after the other buttons");
	}

	private static void url(TemplateButtonDefinition button, String field) {
		String url = checks.required(button.value(), field + ".url");
		checks.maxLength(url, MAX_URL, field + ".url");
		checks.check(url.startsWith("https://") || url.startsWith("http://"), field + ".url",
				"must start with http:// or https://");
		List<String> placeholders = placeholders(url);
		checks.check(placeholders.isEmpty() || (placeholders.equals(List.of("1")) && url.endsWith("{{1}}")),
				field + ".url", "allows one placeholder, {{1}}, at its end");
		if (placeholders.isEmpty()) {
			checks.check(button.example() == null, field + ".example", "is only allowed with {{1}} in the url");
		}
		else {
			String example = checks.required(button.example(), field + ".example");
			checks.check(example.startsWith(url.substring(0, url.length() - "{{1}}".length())), field + ".example",
					"must be the url with an example value for {{1}}");
		}
	}

	static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1).strip());
		}
		return found;
	}

}
