package io.github.whatsappstarter.message;

/**
 * The kind of a template button that takes a parameter, with its {@code sub_type} wire value.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum ButtonSubType {

	/** A quick-reply button; its parameter is a {@link TemplateParameter#payload(String) payload}. */
	QUICK_REPLY("quick_reply"),

	/** A URL button with a dynamic suffix; its parameter is {@link TemplateParameter#text(String) text}. */
	URL("url"),

	/**
	 * A copy-code button; its parameter is a {@link TemplateParameter#couponCode(String) coupon code}
	 * (Meta: coupon code and limited-time offer templates).
	 */
	COPY_CODE("copy_code"),

	/**
	 * A flow button; its parameter is a {@link TemplateParameter#flowAction flow action} (Meta: sending a flow
	 * as a template).
	 */
	FLOW("flow"),

	/**
	 * A catalog button; its parameter is a {@link TemplateParameter#catalogAction(String) catalog action}
	 * (Meta: catalog templates).
	 */
	CATALOG("catalog"),

	/**
	 * A multi-product button; its parameter is a {@link TemplateParameter#productListAction product list action}
	 * (Meta: multi-product message templates).
	 */
	MPM("mpm");

	private final String value;

	ButtonSubType(String value) {
		this.value = value;
	}

	/**
	 * Returns the {@code sub_type} value on the wire.
	 * @return the wire value
	 */
	public String value() {
		return this.value;
	}

}
