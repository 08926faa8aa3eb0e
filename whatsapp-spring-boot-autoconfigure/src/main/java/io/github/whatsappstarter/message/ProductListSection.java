package io.github.whatsappstarter.message;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A section of a multi-product message: an optional title (required when there is more than one section)
 * and the retailer ids (SKUs) of its products ({@code "product_items":[{"product_retailer_id":...}]}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param title the title, at most {@value MessageLimits#LIST_SECTION_TITLE_MAX_LENGTH} characters, or {@code null}
 * @param productRetailerIds the products' retailer ids, at least one
 */
public record ProductListSection(@Nullable String title, List<String> productRetailerIds) {

	private static final String FIELD = "interactive.action.sections";

	public ProductListSection {
		title = MessageChecks.optionalText(title, FIELD + ".title", MessageLimits.LIST_SECTION_TITLE_MAX_LENGTH);
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
	public static ProductListSection of(@Nullable String title, String... productRetailerIds) {
		return new ProductListSection(title,
				Arrays.asList(MessageChecks.notNull(productRetailerIds, FIELD + ".product_items")));
	}

}
