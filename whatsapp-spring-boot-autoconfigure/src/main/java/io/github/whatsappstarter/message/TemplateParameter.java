package io.github.whatsappstarter.message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A value for a variable of an approved template: text (positional or named), currency, date/time,
 * media or a location in the header and body; a payload, text, coupon code or action on a button.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public sealed interface TemplateParameter {

	/**
	 * A text parameter.
	 * @param text the text
	 * @return the parameter
	 */
	static TemplateParameter text(String text) {
		return new Text(text);
	}

	/**
	 * A named text parameter ({@code parameter_name}) for a template created with
	 * {@code parameter_format: NAMED}; its variable is written {@code {{name}}} in the template.
	 * @param name the variable's name: lowercase letters, digits and underscores
	 * @param text the text
	 * @return the parameter
	 */
	static TemplateParameter named(String name, String text) {
		return new Text(text, name);
	}

	/**
	 * A currency parameter.
	 * @param fallbackValue the text shown where the amount cannot be localised, e.g. {@code $12.50}
	 * @param code the ISO 4217 currency code, e.g. {@code USD}
	 * @param amount1000 the amount multiplied by 1000, e.g. {@code 12500} for 12.50
	 * @return the parameter
	 */
	static TemplateParameter currency(String fallbackValue, String code, long amount1000) {
		return new Currency(fallbackValue, code, amount1000);
	}

	/**
	 * A date/time parameter, sent as its fallback value.
	 * @param fallbackValue the formatted date, e.g. {@code June 3, 2026}
	 * @return the parameter
	 */
	static TemplateParameter dateTime(String fallbackValue) {
		return new DateTime(fallbackValue);
	}

	/**
	 * An image header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter image(MediaSource source) {
		return new Media("image", source);
	}

	/**
	 * A document header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter document(MediaSource source) {
		return new Media("document", source);
	}

	/**
	 * A document header parameter with the file name shown to the user.
	 * @param source the uploaded id or link
	 * @param filename the file name, e.g. {@code receipt.pdf}
	 * @return the parameter
	 */
	static TemplateParameter document(MediaSource source, String filename) {
		return new Media("document", source,
				MessageChecks.notNull(filename, "template.components.parameters.document.filename"));
	}

	/**
	 * A location header parameter: the map shown in the header of a location template.
	 * @param latitude the latitude in degrees, -90 to 90
	 * @param longitude the longitude in degrees, -180 to 180
	 * @param name the place's name
	 * @param address the place's address
	 * @return the parameter
	 */
	static TemplateParameter location(double latitude, double longitude, String name, String address) {
		return new Location(latitude, longitude, name, address);
	}

	/**
	 * A video header parameter.
	 * @param source the uploaded id or link
	 * @return the parameter
	 */
	static TemplateParameter video(MediaSource source) {
		return new Media("video", source);
	}

	/**
	 * A quick-reply button payload, returned in the webhook when the user taps the button.
	 * @param payload the payload
	 * @return the parameter
	 */
	static TemplateParameter payload(String payload) {
		return new Payload(payload);
	}

	/**
	 * The code a copy-code button puts on the clipboard ({@code "type":"coupon_code"}).
	 * @param code the code, at most {@value MessageLimits#COUPON_CODE_MAX_LENGTH} characters
	 * @return the parameter
	 */
	static TemplateParameter couponCode(String code) {
		return new CouponCode(code);
	}

	/**
	 * The action of a flow button: the flow token echoed in the flow's reply and data for its first screen.
	 * @param flowToken the flow token, or {@code null} for Meta's default
	 * @param flowActionData the data for the first screen, or {@code null}; must be writable as JSON
	 * @return the parameter
	 */
	static TemplateParameter flowAction(@Nullable String flowToken, @Nullable Map<String, ?> flowActionData) {
		return new FlowAction(flowToken, flowActionData);
	}

	/**
	 * The action of a catalog button: the product whose image is the message's thumbnail.
	 * @param thumbnailProductRetailerId the product's retailer id (SKU) in the catalog
	 * @return the parameter
	 */
	static TemplateParameter catalogAction(String thumbnailProductRetailerId) {
		return new CatalogAction(thumbnailProductRetailerId);
	}

	/**
	 * The action of a multi-product (MPM) button: a thumbnail product and the sections of products shown.
	 * @param thumbnailProductRetailerId the retailer id of the thumbnail product
	 * @param sections one to {@value MessageLimits#MPM_SECTIONS_MAX} sections
	 * @return the parameter
	 */
	static TemplateParameter productListAction(String thumbnailProductRetailerId, ProductSection... sections) {
		return new ProductListAction(thumbnailProductRetailerId,
				List.of(MessageChecks.notNull(sections, "template.components.button.parameters.action.sections")));
	}

	/**
	 * A text parameter, positional or named.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param text the text
	 * @param parameterName the variable's name for templates with named parameters, or {@code null}
	 */
	record Text(String text, @Nullable String parameterName) implements TemplateParameter {

		// Meta: named variables are {{name}}; the allowed characters are from third-party
		// clients, Meta's page was not available (see MessageLimits#PARAMETER_NAME)
		private static final Pattern NAME = Pattern.compile(MessageLimits.PARAMETER_NAME);

		public Text {
			text = MessageChecks.text(text, "template.components.parameters.text");
			if (parameterName != null && !NAME.matcher(parameterName).matches()) {
				throw new WhatsAppValidationException("template.components.parameters.parameter_name",
						"must be lowercase letters, digits and underscores but is '" + parameterName + "'");
			}
		}

		/**
		 * A positional text parameter.
		 * @param text the text
		 */
		public Text(String text) {
			this(text, null);
		}

	}

	/**
	 * A currency parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param fallbackValue the fallback text
	 * @param code the ISO 4217 code
	 * @param amount1000 the amount times 1000
	 */
	record Currency(String fallbackValue, String code, long amount1000) implements TemplateParameter {

		public Currency {
			fallbackValue = MessageChecks.text(fallbackValue, "template.components.parameters.currency.fallback_value");
			code = MessageChecks.text(code, "template.components.parameters.currency.code");
		}

	}

	/**
	 * A date/time parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param fallbackValue the formatted date
	 */
	record DateTime(String fallbackValue) implements TemplateParameter {

		public DateTime {
			fallbackValue = MessageChecks.text(fallbackValue,
					"template.components.parameters.date_time.fallback_value");
		}

	}

	/**
	 * A media parameter.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param kind {@code image}, {@code document} or {@code video}
	 * @param source the uploaded id or link
	 * @param filename the file name shown for a document, or {@code null}
	 */
	record Media(String kind, MediaSource source, @Nullable String filename) implements TemplateParameter {

		public Media {
			MessageChecks.notNull(kind, "template.components.parameters.type");
			if (!List.of("image", "document", "video").contains(kind)) {
				throw new WhatsAppValidationException("template.components.parameters.type",
						"must be image, document or video for media");
			}
			source = MessageChecks.notNull(source, "template.components.parameters." + kind);
			filename = MessageChecks.optionalText(filename, "template.components.parameters." + kind + ".filename");
			if (filename != null && !"document".equals(kind)) {
				throw new WhatsAppValidationException("template.components.parameters." + kind + ".filename",
						"is only allowed on a document");
			}
		}

		/**
		 * A media parameter without a file name.
		 * @param kind {@code image}, {@code document} or {@code video}
		 * @param source the uploaded id or link
		 */
		public Media(String kind, MediaSource source) {
			this(kind, source, null);
		}

	}

	/**
	 * A location header parameter ({@code "type":"location"}). Meta's location templates take latitude,
	 * longitude, name and address at send time
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/location-templates/).
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param latitude the latitude in degrees, -90 to 90
	 * @param longitude the longitude in degrees, -180 to 180
	 * @param name the place's name
	 * @param address the place's address
	 */
	record Location(double latitude, double longitude, String name, String address) implements TemplateParameter {

		public Location {
			if (!(latitude >= -90 && latitude <= 90)) {
				throw new WhatsAppValidationException("template.components.parameters.location.latitude",
						"must be between -90 and 90");
			}
			if (!(longitude >= -180 && longitude <= 180)) {
				throw new WhatsAppValidationException("template.components.parameters.location.longitude",
						"must be between -180 and 180");
			}
			name = MessageChecks.text(name, "template.components.parameters.location.name");
			address = MessageChecks.text(address, "template.components.parameters.location.address");
		}

	}

	/**
	 * The code of a copy-code button ({@code "type":"coupon_code"}). Meta: coupon code templates
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/coupon-templates);
	 * the 15-character limit is stated by 360dialog and Gupshup, not in the part of Meta's page available to us.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param code the code
	 */
	record CouponCode(String code) implements TemplateParameter {

		public CouponCode {
			code = MessageChecks.text(code, "template.components.button.parameters.coupon_code",
					MessageLimits.COUPON_CODE_MAX_LENGTH);
		}

	}

	/**
	 * The action of a flow button ({@code "type":"action"} with {@code flow_token} and {@code flow_action_data}).
	 * Meta documents both as optional (Flows: sending a flow template,
	 * https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow/).
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param flowToken the flow token, or {@code null}
	 * @param flowActionData the data for the flow's first screen, or {@code null}
	 */
	record FlowAction(@Nullable String flowToken, @Nullable Map<String, ?> flowActionData) implements TemplateParameter {

		private static final String FIELD = "template.components.button.parameters.action";

		public FlowAction {
			flowToken = MessageChecks.optionalText(flowToken, FIELD + ".flow_token");
			if (flowActionData != null) {
				flowActionData = MessageChecks.json(new LinkedHashMap<>(flowActionData), FIELD + ".flow_action_data");
			}
		}

	}

	/**
	 * The action of a catalog button ({@code thumbnail_product_retailer_id}). Meta: catalog templates
	 * (https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/catalog-templates).
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param thumbnailProductRetailerId the retailer id of the thumbnail product
	 */
	record CatalogAction(String thumbnailProductRetailerId) implements TemplateParameter {

		public CatalogAction {
			thumbnailProductRetailerId = MessageChecks.text(thumbnailProductRetailerId,
					"template.components.button.parameters.action.thumbnail_product_retailer_id");
		}

	}

	/**
	 * The action of a multi-product (MPM) button: thumbnail and sections of products.
	 * At most {@value MessageLimits#MPM_SECTIONS_MAX} sections and {@value MessageLimits#MPM_PRODUCTS_MAX}
	 * products in all (Meta's multi-product message limits; every section needs a title when there are several).
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param thumbnailProductRetailerId the retailer id of the thumbnail product
	 * @param sections the sections
	 */
	record ProductListAction(String thumbnailProductRetailerId, List<ProductSection> sections)
			implements TemplateParameter {

		private static final String FIELD = "template.components.button.parameters.action";

		public ProductListAction {
			thumbnailProductRetailerId = MessageChecks.text(thumbnailProductRetailerId,
					FIELD + ".thumbnail_product_retailer_id");
			sections = MessageChecks.list(sections, FIELD + ".sections", 1, MessageLimits.MPM_SECTIONS_MAX);
			int products = 0;
			for (int i = 0; i < sections.size(); i++) {
				if (sections.size() > 1 && sections.get(i).title() == null) {
					throw new WhatsAppValidationException(FIELD + ".sections[" + i + "].title",
							"is required when there is more than one section");
				}
				products += sections.get(i).productRetailerIds().size();
			}
			if (products > MessageLimits.MPM_PRODUCTS_MAX) {
				throw new WhatsAppValidationException(FIELD + ".sections",
						"must hold at most " + MessageLimits.MPM_PRODUCTS_MAX + " products but hold " + products);
			}
		}

	}

	/**
	 * A button payload.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param payload the payload
	 */
	record Payload(String payload) implements TemplateParameter {

		public Payload {
			payload = MessageChecks.text(payload, "template.components.parameters.payload");
		}

	}

}
