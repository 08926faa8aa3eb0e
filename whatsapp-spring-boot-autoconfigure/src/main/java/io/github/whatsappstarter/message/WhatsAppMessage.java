package io.github.whatsappstarter.message;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * An outgoing WhatsApp message to one recipient, validated when it is built. The static factories
 * are the intended way to create messages; {@link MessageJson} turns them into Meta's request body.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public sealed interface WhatsAppMessage permits TextMessage, TemplateMessage, ImageMessage, AudioMessage,
		VideoMessage, DocumentMessage, StickerMessage, ReplyButtonsMessage, ListMessage, CtaUrlMessage,
		LocationMessage, ContactsMessage, ReactionMessage, FlowMessage, LocationRequestMessage, AddressMessage,
		ProductMessage, ProductListMessage, CatalogMessage {

	/**
	 * Returns the recipient as the caller gave it, trimmed: a phone number (E.164, optional leading
	 * '+'), sent as {@code to}, or a business-scoped user id such as {@code US.13491208655302741918},
	 * sent as {@code recipient} (see {@link Recipients}).
	 * @return the recipient
	 */
	String to();

	/**
	 * Returns the type of this message.
	 * @return the message type
	 */
	MessageType type();

	/**
	 * Returns the id (wamid) of the message this one replies to ({@code context.message_id}).
	 * @return the replied message id, or {@code null}
	 */
	@Nullable String replyTo();

	/**
	 * Returns the data Meta echoes in status webhooks ({@code biz_opaque_callback_data}).
	 * @return the callback data, or {@code null}
	 */
	@Nullable String bizOpaqueCallbackData();

	/**
	 * Returns a copy of this message that replies to the given message.
	 * @param messageId the wamid of the message to reply to
	 * @return a new message
	 */
	WhatsAppMessage replyingTo(String messageId);

	/**
	 * Returns a copy of this message carrying {@code biz_opaque_callback_data}.
	 * @param data the callback data, at most {@value MessageLimits#CALLBACK_DATA_MAX_LENGTH} characters
	 * @return a new message
	 */
	WhatsAppMessage withCallbackData(String data);

	/**
	 * Returns the key the rate limiter and the bundler use for the recipient: a phone number's digits
	 * without a leading '+', or a business-scoped user id unchanged.
	 * @return the recipient key
	 */
	default String recipientKey() {
		return Recipients.key(to());
	}

	/**
	 * Creates a text message.
	 * @param to the recipient
	 * @param body the text, at most {@value MessageLimits#TEXT_BODY_MAX_LENGTH} characters
	 * @return the message
	 */
	static TextMessage text(String to, String body) {
		return new TextMessage(to, body, false, null, null);
	}

	/**
	 * Starts a template message.
	 * @param to the recipient
	 * @param name the approved template's name
	 * @param languageCode the template's language, e.g. {@code en_US}
	 * @return a builder for parameters and buttons
	 */
	static TemplateMessage.Builder template(String to, String name, String languageCode) {
		return new TemplateMessage.Builder(to, name, languageCode);
	}

	/**
	 * Creates an image message.
	 * @param to the recipient
	 * @param media the uploaded media id or a link
	 * @return the message
	 */
	static ImageMessage image(String to, MediaSource media) {
		return new ImageMessage(to, media, null, null, null);
	}

	/**
	 * Creates an audio message.
	 * @param to the recipient
	 * @param media the uploaded media id or a link
	 * @return the message
	 */
	static AudioMessage audio(String to, MediaSource media) {
		return new AudioMessage(to, media, null, null);
	}

	/**
	 * Creates a video message.
	 * @param to the recipient
	 * @param media the uploaded media id or a link
	 * @return the message
	 */
	static VideoMessage video(String to, MediaSource media) {
		return new VideoMessage(to, media, null, null, null);
	}

	/**
	 * Creates a document message.
	 * @param to the recipient
	 * @param media the uploaded media id or a link
	 * @return the message
	 */
	static DocumentMessage document(String to, MediaSource media) {
		return new DocumentMessage(to, media, null, null, null, null);
	}

	/**
	 * Creates a sticker message.
	 * @param to the recipient
	 * @param media the uploaded media id or a link
	 * @return the message
	 */
	static StickerMessage sticker(String to, MediaSource media) {
		return new StickerMessage(to, media, null, null);
	}

	/**
	 * Starts an interactive message with one to three reply buttons.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @return a builder for header, footer and buttons
	 */
	static ReplyButtonsMessage.Builder buttons(String to, String bodyText) {
		return new ReplyButtonsMessage.Builder(to, bodyText);
	}

	/**
	 * Starts an interactive list message.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @param buttonLabel the label of the button that opens the list
	 * @return a builder for header, footer and sections
	 */
	static ListMessage.Builder list(String to, String bodyText, String buttonLabel) {
		return new ListMessage.Builder(to, bodyText, buttonLabel);
	}

	/**
	 * Creates an interactive call-to-action URL message.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @param displayText the button's label
	 * @param url the URL the button opens
	 * @return the message
	 */
	static CtaUrlMessage ctaUrl(String to, String bodyText, String displayText, String url) {
		return new CtaUrlMessage(to, bodyText, displayText, url, null, null, null, null);
	}

	/**
	 * Creates a location message.
	 * @param to the recipient
	 * @param latitude the latitude in degrees, -90 to 90
	 * @param longitude the longitude in degrees, -180 to 180
	 * @return the message
	 */
	static LocationMessage location(String to, double latitude, double longitude) {
		return new LocationMessage(to, latitude, longitude, null, null, null, null);
	}

	/**
	 * Creates a contacts message.
	 * @param to the recipient
	 * @param contacts one to {@value MessageLimits#CONTACTS_MAX} contact cards
	 * @return the message
	 */
	static ContactsMessage contacts(String to, Contact... contacts) {
		return new ContactsMessage(to, (contacts != null) ? Arrays.asList(contacts) : null, null, null);
	}

	/**
	 * Creates a reaction to an earlier message.
	 * @param to the recipient
	 * @param messageId the wamid of the message reacted to
	 * @param emoji the emoji, or an empty string to remove the reaction
	 * @return the message
	 */
	static ReactionMessage reaction(String to, String messageId, String emoji) {
		return new ReactionMessage(to, messageId, emoji, null, null);
	}

	/**
	 * Starts a WhatsApp Flows message: name the Flow with {@code flowId} or {@code flowName}, then
	 * {@code navigate(screen, data)} or {@code dataExchange()}.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @param cta the button label, at most {@value MessageLimits#FLOW_CTA_MAX_LENGTH} characters, no emoji
	 * @return a builder
	 * @since 0.2.0
	 */
	static FlowMessage.Builder flow(String to, String bodyText, String cta) {
		return new FlowMessage.Builder(to, bodyText, cta);
	}

	/**
	 * Creates a location request: the user taps "Send location" and their location comes back inbound.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @return the message
	 * @since 0.2.0
	 */
	static LocationRequestMessage locationRequest(String to, String bodyText) {
		return new LocationRequestMessage(to, bodyText, null, null);
	}

	/**
	 * Creates an address message, which Meta offers in India and Singapore only.
	 * @param to the recipient, a number of {@code country}
	 * @param bodyText the body text
	 * @param country {@code IN} or {@code SG}
	 * @return the message
	 * @since 0.2.0
	 */
	static AddressMessage address(String to, String bodyText, String country) {
		return new AddressMessage(to, bodyText, country, java.util.Map.of(), null, null, null, null);
	}

	/**
	 * Creates a single-product message.
	 * @param to the recipient
	 * @param catalogId the catalog's id
	 * @param productRetailerId the product's retailer id (SKU)
	 * @return the message
	 * @since 0.2.0
	 */
	static ProductMessage product(String to, String catalogId, String productRetailerId) {
		return new ProductMessage(to, catalogId, productRetailerId, null, null, null, null);
	}

	/**
	 * Starts a multi-product message of 1 to {@value MessageLimits#MPM_SECTIONS_MAX} sections and at most
	 * {@value MessageLimits#MPM_PRODUCTS_MAX} products.
	 * @param to the recipient
	 * @param headerText the header text, which Meta requires
	 * @param bodyText the body text
	 * @param catalogId the catalog's id
	 * @return a builder for sections and footer
	 * @since 0.2.0
	 */
	static ProductListMessage.Builder productList(String to, String headerText, String bodyText, String catalogId) {
		return new ProductListMessage.Builder(to, headerText, bodyText, catalogId);
	}

	/**
	 * Creates a catalog message with a "View catalog" button.
	 * @param to the recipient
	 * @param bodyText the body text
	 * @return the message
	 * @since 0.2.0
	 */
	static CatalogMessage catalog(String to, String bodyText) {
		return new CatalogMessage(to, bodyText, null, null, null, null);
	}

}
