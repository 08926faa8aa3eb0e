package io.github.whatsappstarter.message;

import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;

/**
 * The parameters for one button of a template ({@code "type":"button"} component): quick-reply
 * buttons take payloads, URL buttons positional text, copy-code buttons one coupon code, and flow,
 * catalog and multi-product buttons one action.
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
		int max = (subType == ButtonSubType.QUICK_REPLY || subType == ButtonSubType.URL) ? Integer.MAX_VALUE : 1;
		parameters = MessageChecks.list(parameters, FIELD + ".parameters", 1, max);
		Class<?> expected = parameterType(subType);
		for (TemplateParameter parameter : parameters) {
			if (!expected.isInstance(parameter)) {
				throw new WhatsAppValidationException(FIELD + ".parameters",
						"of a " + subType.value() + " button must be " + kind(subType));
			}
			if (parameter instanceof TemplateParameter.Text text && text.parameterName() != null) {
				throw new WhatsAppValidationException(FIELD + ".parameters.parameter_name",
						"is not allowed on a button parameter");
			}
		}
	}

	private static Class<? extends TemplateParameter> parameterType(ButtonSubType subType) {
		return switch (subType) {
			case QUICK_REPLY -> TemplateParameter.Payload.class;
			case URL -> TemplateParameter.Text.class;
			case COPY_CODE -> TemplateParameter.CouponCode.class;
			case FLOW -> TemplateParameter.FlowAction.class;
			case CATALOG -> TemplateParameter.CatalogAction.class;
			case MPM -> TemplateParameter.ProductListAction.class;
		};
	}

	private static String kind(ButtonSubType subType) {
		return switch (subType) {
			case QUICK_REPLY -> "payloads";
			case URL -> "text";
			case COPY_CODE -> "one coupon code";
			case FLOW -> "one flow action";
			case CATALOG -> "one catalog action";
			case MPM -> "one product list action";
		};
	}

}
