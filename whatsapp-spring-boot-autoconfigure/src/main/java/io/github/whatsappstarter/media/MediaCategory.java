package io.github.whatsappstarter.media;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of media the Cloud API takes, each with the MIME types Meta supports and the largest file
 * (Meta's supported media types,
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media/).
 * Sizes are read as decimal megabytes (5 MB = 5,000,000 bytes): Meta does not say which, and the stricter
 * reading never lets through a file Meta could refuse. A sticker's limit is that of an animated sticker
 * (500 KB); a static one may be 100 KB at most, which its MIME type cannot tell.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public enum MediaCategory {

	/** JPEG or PNG, up to 5 MB. */
	IMAGE(5_000_000L, Set.of("image/jpeg", "image/png")),

	/** AAC, AMR, MP3, MP4 audio or OGG (OPUS), up to 16 MB. */
	AUDIO(16_000_000L, Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg")),

	/** MP4 or 3GPP (H.264 video, AAC audio), up to 16 MB. */
	VIDEO(16_000_000L, Set.of("video/mp4", "video/3gp", "video/3gpp")),

	/** Text, PDF and Office documents, up to 100 MB. */
	DOCUMENT(100_000_000L, Set.of("text/plain", "application/pdf", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation")),

	/** WebP, up to 500 KB (animated) or 100 KB (static). */
	STICKER(500_000L, Set.of("image/webp"));

	private final long maxBytes;

	private final Set<String> mimeTypes;

	MediaCategory(long maxBytes, Set<String> mimeTypes) {
		this.maxBytes = maxBytes;
		this.mimeTypes = mimeTypes;
	}

	/**
	 * Returns the largest file Meta takes of this kind.
	 * @return the limit in bytes
	 */
	public long maxBytes() {
		return this.maxBytes;
	}

	/**
	 * Returns the MIME types of this kind.
	 * @return the MIME types, lower case
	 */
	public Set<String> mimeTypes() {
		return this.mimeTypes;
	}

	/**
	 * Returns the message type that carries media of this kind ({@code image}, {@code audio}, ...).
	 * @return the wire value of the message type
	 */
	public String messageType() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the kind of a MIME type.
	 * @param mimeType a MIME type, parameters ({@code ; codecs=opus}) and case ignored
	 * @return the kind, or {@code null} when Meta does not take the type
	 */
	public static @Nullable MediaCategory of(@Nullable String mimeType) {
		String normalized = normalize(mimeType);
		for (MediaCategory category : values()) {
			if (category.mimeTypes.contains(normalized)) {
				return category;
			}
		}
		return null;
	}

	static String normalize(@Nullable String mimeType) {
		if (mimeType == null) {
			return "";
		}
		int semicolon = mimeType.indexOf(';');
		return ((semicolon >= 0) ? mimeType.substring(0, semicolon) : mimeType).strip().toLowerCase(Locale.ROOT);
	}

}
