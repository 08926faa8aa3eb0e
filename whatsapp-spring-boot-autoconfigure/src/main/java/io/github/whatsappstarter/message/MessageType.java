package io.github.whatsappstarter.message;

/**
 * The message types the starter can send, each with the {@code type} value Meta expects on the
 * wire.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public enum MessageType {

	/** A free-form text message. */
	TEXT("text"),

	/** An approved message template. */
	TEMPLATE("template"),

	/** An image, by uploaded id or link. */
	IMAGE("image"),

	/** An audio file. */
	AUDIO("audio"),

	/** A video. */
	VIDEO("video"),

	/** A document such as a PDF. */
	DOCUMENT("document"),

	/** A sticker. */
	STICKER("sticker"),

	/** Reply buttons, a list or a call-to-action URL button. */
	INTERACTIVE("interactive"),

	/** A location pin. */
	LOCATION("location"),

	/** One or more contact cards. */
	CONTACTS("contacts"),

	/** An emoji reaction to an earlier message. */
	REACTION("reaction");

	private final String value;

	MessageType(String value) {
		this.value = value;
	}

	/**
	 * Returns the value of the {@code type} field on the wire, e.g. {@code "text"}.
	 * @return the wire value
	 */
	public String value() {
		return this.value;
	}

}
