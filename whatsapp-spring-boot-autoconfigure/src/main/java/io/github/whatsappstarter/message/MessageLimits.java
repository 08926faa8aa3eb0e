package io.github.whatsappstarter.message;

/**
 * The field limits checked before a message is sent (see Meta's Cloud API documentation). Lengths
 * count UTF-16 code units ({@link String#length()}): Meta does not say whether its "characters"
 * are code units or code points, and code units never let through a text Meta could reject.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class MessageLimits {

	/** Minimum digits in a recipient number (E.164 without the '+'). */
	public static final int RECIPIENT_MIN_DIGITS = 7;

	/** Maximum digits in a recipient number (E.164 allows 15). */
	public static final int RECIPIENT_MAX_DIGITS = 15;

	/** Maximum alphanumeric characters after the country code of a business-scoped user id (Meta). */
	public static final int BSUID_MAX_LENGTH = 128;

	/** Maximum length of {@code text.body}. */
	public static final int TEXT_BODY_MAX_LENGTH = 4096;

	/** Maximum length of a media caption (commonly cited, not confirmed by Meta). */
	public static final int CAPTION_MAX_LENGTH = 1024;

	/** Maximum length of {@code biz_opaque_callback_data}. */
	public static final int CALLBACK_DATA_MAX_LENGTH = 512;

	/** Maximum length of an interactive {@code body.text}. */
	public static final int INTERACTIVE_BODY_MAX_LENGTH = 1024;

	/** Maximum length of an interactive {@code footer.text}. */
	public static final int INTERACTIVE_FOOTER_MAX_LENGTH = 60;

	/** Maximum length of an interactive text header (not confirmed by Meta). */
	public static final int INTERACTIVE_HEADER_MAX_LENGTH = 60;

	/** Minimum number of reply buttons. */
	public static final int REPLY_BUTTONS_MIN = 1;

	/** Maximum number of reply buttons. */
	public static final int REPLY_BUTTONS_MAX = 3;

	/** Maximum length of a reply button title. */
	public static final int REPLY_BUTTON_TITLE_MAX_LENGTH = 20;

	/** Maximum length of a reply button id. */
	public static final int REPLY_BUTTON_ID_MAX_LENGTH = 256;

	/** Maximum number of rows over all sections of a list. */
	public static final int LIST_ROWS_MAX = 10;

	/** Maximum length of a list section title. */
	public static final int LIST_SECTION_TITLE_MAX_LENGTH = 24;

	/** Maximum length of a list row title. */
	public static final int LIST_ROW_TITLE_MAX_LENGTH = 24;

	/** Maximum length of a list row description. */
	public static final int LIST_ROW_DESCRIPTION_MAX_LENGTH = 72;

	/** Maximum length of a list row id. */
	public static final int LIST_ROW_ID_MAX_LENGTH = 200;

	/** Maximum length of the label of the button that opens a list (not confirmed by Meta). */
	public static final int LIST_BUTTON_MAX_LENGTH = 20;

	/** Maximum number of contact cards in one message. */
	public static final int CONTACTS_MAX = 257;

	/**
	 * Characters allowed in the name of a named template parameter ({@code parameter_name}). Meta's
	 * template page was not available; whatsapp-api-js allows only {@code [a-z_]} up to 20 characters, Meta's
	 * own examples use names like {@code coupon_code}. Digits are allowed here so no valid name is refused.
	 */
	public static final String PARAMETER_NAME = "[a-z0-9_]+";

	/** Maximum length of a copy-code button's coupon code (360dialog and Gupshup, quoting Meta). */
	public static final int COUPON_CODE_MAX_LENGTH = 15;

	/** Minimum number of cards in a media card carousel template (Meta: 2 to 10, fixed when the template is created). */
	public static final int CAROUSEL_CARDS_MIN = 2;

	/** Maximum number of cards in a media card carousel template (Meta). */
	public static final int CAROUSEL_CARDS_MAX = 10;

	/** Maximum number of buttons on one carousel card (Meta: up to two). */
	public static final int CAROUSEL_CARD_BUTTONS_MAX = 2;

	/**
	 * Maximum number of sections in a multi-product message: Meta's interactive section object, as quoted by
	 * whatsapp-api-js and 360dialog; Meta's multi-product template page was not available to check.
	 */
	public static final int MPM_SECTIONS_MAX = 10;

	/** Maximum number of products over all sections of a multi-product message (as for {@link #MPM_SECTIONS_MAX}). */
	public static final int MPM_PRODUCTS_MAX = 30;

	/**
	 * Maximum length of a Flow message's button label ({@code flow_cta}), which may hold no emoji (Meta's
	 * Flows send guide as quoted by whatsapp-api-js and BSPs; Meta's own page was not checked).
	 */
	public static final int FLOW_CTA_MAX_LENGTH = 20;

	private MessageLimits() {
	}

}
