package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * An interactive catalog message ({@code "interactive":{"type":"catalog_message"}}): a body, an optional
 * footer and a "View catalog" button that opens the catalog connected to the business account; the header
 * image is the thumbnail of one product, or of the catalog's first one. Create it with
 * {@link WhatsAppMessage#catalog(String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient
 * @param bodyText the body text, at most {@value MessageLimits#INTERACTIVE_BODY_MAX_LENGTH} characters
 * @param thumbnailProductRetailerId the retailer id (SKU) of the product whose image is shown, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record CatalogMessage(String to, String bodyText, @Nullable String thumbnailProductRetailerId,
		@Nullable String footer, @Nullable String replyTo, @Nullable String bizOpaqueCallbackData)
		implements WhatsAppMessage {

	public CatalogMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		thumbnailProductRetailerId = MessageChecks.optionalText(thumbnailProductRetailerId,
				"interactive.action.parameters.thumbnail_product_retailer_id");
		footer = InteractiveChecks.footer(footer);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	/**
	 * Returns a copy showing this product's image as the header.
	 * @param productRetailerId the product's retailer id (SKU)
	 * @return a new message
	 */
	public CatalogMessage withThumbnail(String productRetailerId) {
		return new CatalogMessage(this.to, this.bodyText, productRetailerId, this.footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with a footer.
	 * @param footer the footer text, at most {@value MessageLimits#INTERACTIVE_FOOTER_MAX_LENGTH} characters
	 * @return a new message
	 */
	public CatalogMessage withFooter(String footer) {
		return new CatalogMessage(this.to, this.bodyText, this.thumbnailProductRetailerId, footer, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public CatalogMessage replyingTo(String messageId) {
		return new CatalogMessage(this.to, this.bodyText, this.thumbnailProductRetailerId, this.footer, messageId,
				this.bizOpaqueCallbackData);
	}

	@Override
	public CatalogMessage withCallbackData(String data) {
		return new CatalogMessage(this.to, this.bodyText, this.thumbnailProductRetailerId, this.footer, this.replyTo,
				data);
	}

}
