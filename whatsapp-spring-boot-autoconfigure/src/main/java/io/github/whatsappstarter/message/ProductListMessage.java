package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.List;

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
		headerText = InteractiveChecks.textHeader(headerText);
		bodyText = InteractiveChecks.body(bodyText);
		catalogId = MessageChecks.text(catalogId, "interactive.action.catalog_id");
		sections = InteractiveChecks.sections(sections, MessageLimits.MPM_SECTIONS_MAX, ProductListSection::title,
				(section) -> section.productRetailerIds().size(), "product_items", MessageLimits.MPM_PRODUCTS_MAX);
		footer = InteractiveChecks.footer(footer);
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
