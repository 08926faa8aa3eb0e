package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * A single-product message ({@code "interactive":{"type":"product"}}): one product of a catalog, with an
 * optional body and footer; Meta takes no header on it. Create it with
 * {@link WhatsAppMessage#product(String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient
 * @param catalogId the catalog's id
 * @param productRetailerId the product's retailer id (SKU)
 * @param bodyText the body text, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record ProductMessage(String to, String catalogId, String productRetailerId, @Nullable String bodyText,
		@Nullable String footer, @Nullable String replyTo, @Nullable String bizOpaqueCallbackData)
		implements WhatsAppMessage {

	public ProductMessage {
		to = MessageChecks.recipient(to);
		catalogId = MessageChecks.text(catalogId, "interactive.action.catalog_id");
		productRetailerId = MessageChecks.text(productRetailerId, "interactive.action.product_retailer_id");
		bodyText = InteractiveChecks.optionalBody(bodyText);
		footer = InteractiveChecks.footer(footer);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	/**
	 * Returns a copy with a body.
	 * @param bodyText the body text, at most {@value MessageLimits#INTERACTIVE_BODY_MAX_LENGTH} characters
	 * @return a new message
	 */
	public ProductMessage withBody(String bodyText) {
		return new ProductMessage(this.to, this.catalogId, this.productRetailerId, bodyText, this.footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with a footer.
	 * @param footer the footer text, at most {@value MessageLimits#INTERACTIVE_FOOTER_MAX_LENGTH} characters
	 * @return a new message
	 */
	public ProductMessage withFooter(String footer) {
		return new ProductMessage(this.to, this.catalogId, this.productRetailerId, this.bodyText, footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public ProductMessage replyingTo(String messageId) {
		return new ProductMessage(this.to, this.catalogId, this.productRetailerId, this.bodyText, this.footer,
				messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public ProductMessage withCallbackData(String data) {
		return new ProductMessage(this.to, this.catalogId, this.productRetailerId, this.bodyText, this.footer,
				this.replyTo, data);
	}

}
