package io.github.whatsappstarter.message;

import java.util.List;

import io.github.whatsappstarter.client.WhatsAppValidationException;

/**
 * The parameters for one button of a template ({@code "type":"button"} component): quick-reply
 * buttons take payloads, URL buttons take text.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param subType the kind of button
 * @param index the button's position in the template, from 0
 * @param parameters the parameters, at least one
 */
public record TemplateButton(ButtonSubType subType, int index, List<TemplateParameter> parameters) {

	private static final String FIELD = "template.components.button";

	public TemplateButton {
		MessageChecks.notNull(subType, FIELD + ".sub_type");
		if (index < 0) {
			throw new WhatsAppValidationException(FIELD + ".index", "must not be negative");
		}
		parameters = MessageChecks.list(parameters, FIELD + ".parameters", 1, Integer.MAX_VALUE);
		Class<?> expected = (subType == ButtonSubType.QUICK_REPLY) ? TemplateParameter.Payload.class
				: TemplateParameter.Text.class;
		for (TemplateParameter parameter : parameters) {
			if (!expected.isInstance(parameter)) {
				String kind = (subType == ButtonSubType.QUICK_REPLY) ? "payloads" : "text";
				throw new WhatsAppValidationException(FIELD + ".parameters",
						"of a " + subType.value() + " button must be " + kind);
			}
		}
	}

}
