package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A multi-product message ({@code "interactive":{"type":"product_list"}}): up to
 * {@value MessageLimits#MPM_PRODUCTS_MAX} products of a catalog in 1 to {@value MessageLimits#MPM_SECTIONS_MAX}
 * sections, with the text header and the body Meta requires. Build it with
 * {@link WhatsAppMessage#productList(String, String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient
 * @param headerText the header text (required by Meta)
 * @param bodyText the body text
 * @param catalogId the catalog's id
 * @param sections the sections
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ProductListMessage(String to, String headerText, String bodyText, String catalogId,
		List<ProductListSection> sections, @Nullable String footer, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	public ProductListMessage {
		to = MessageChecks.recipient(to);
		headerText = MessageChecks.text(headerText, "interactive.header.text",
				MessageLimits.INTERACTIVE_HEADER_MAX_LENGTH);
		bodyText = MessageChecks.text(bodyText, "interactive.body.text", MessageLimits.INTERACTIVE_BODY_MAX_LENGTH);
		catalogId = MessageChecks.text(catalogId, "interactive.action.catalog_id");
		sections = MessageChecks.list(sections, "interactive.action.sections", 1, MessageLimits.MPM_SECTIONS_MAX);
		int products = 0;
		for (ProductListSection section : sections) {
			products += section.productRetailerIds().size();
			if (sections.size() > 1 && section.title() == null) {
				throw new WhatsAppValidationException("interactive.action.sections.title",
						"is required when there is more than one section");
			}
		}
		if (products > MessageLimits.MPM_PRODUCTS_MAX) {
			throw new WhatsAppValidationException("interactive.action.sections.product_items",
					"must be at most " + MessageLimits.MPM_PRODUCTS_MAX + " in total but are " + products);
		}
		footer = MessageChecks.optionalText(footer, "interactive.footer.text",
				MessageLimits.INTERACTIVE_FOOTER_MAX_LENGTH);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	@Override
	public ProductListMessage replyingTo(String messageId) {
		return new ProductListMessage(this.to, this.headerText, this.bodyText, this.catalogId, this.sections,
				this.footer, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public ProductListMessage withCallbackData(String data) {
		return new ProductListMessage(this.to, this.headerText, this.bodyText, this.catalogId, this.sections,
				this.footer, this.replyTo, data);
	}

	/**
	 * Collects sections and a footer; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.2.0
	 */
	public static final class Builder {

		private final String to;

		private final String headerText;

		private final String bodyText;

		private final String catalogId;

		private final List<ProductListSection> sections = new ArrayList<>();

		private @Nullable String footer;

		Builder(String to, String headerText, String bodyText, String catalogId) {
			this.to = to;
			this.headerText = headerText;
			this.bodyText = bodyText;
			this.catalogId = catalogId;
		}

		/**
		 * Adds a section.
		 * @param title the section title ({@code null} only for a single section)
		 * @param productRetailerIds the products' retailer ids (SKUs)
		 * @return this builder
		 */
		public Builder section(@Nullable String title, String... productRetailerIds) {
			this.sections.add(ProductListSection.of(title, productRetailerIds));
			return this;
		}

		/**
		 * Sets the footer.
		 * @param footer the footer text
		 * @return this builder
		 */
		public Builder footer(String footer) {
			this.footer = footer;
			return this;
		}

		/**
		 * Validates and builds the message.
		 * @return the message
		 */
		public ProductListMessage build() {
			return new ProductListMessage(this.to, this.headerText, this.bodyText, this.catalogId, this.sections,
					this.footer, null, null);
		}

	}

}
