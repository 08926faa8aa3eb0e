package io.github.whatsappstarter.message;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of a multi-product template button: an optional title and the retailer ids (SKUs) of its
 * products ({@code "product_items":[{"product_retailer_id":...}]}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param title the section title, required when the button has more than one section, or {@code null}
 * @param productRetailerIds the products' retailer ids, at least one
 */
public record ProductSection(@Nullable String title, List<String> productRetailerIds) {

	private static final String FIELD = "template.components.button.parameters.action.sections";

	public ProductSection {
		title = MessageChecks.optionalText(title, FIELD + ".title");
		productRetailerIds = MessageChecks.list(productRetailerIds, FIELD + ".product_items", 1,
				MessageLimits.MPM_PRODUCTS_MAX);
		for (String id : productRetailerIds) {
			MessageChecks.text(id, FIELD + ".product_items.product_retailer_id");
		}
	}

	/**
	 * Creates a section.
	 * @param title the title, or {@code null} for a single untitled section
	 * @param productRetailerIds the products' retailer ids
	 * @return the section
	 */
	public static ProductSection of(@Nullable String title, String... productRetailerIds) {
		return new ProductSection(title,
				Arrays.asList(MessageChecks.notNull(productRetailerIds, FIELD + ".product_items")));
	}

}
