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
	URL("url");

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
