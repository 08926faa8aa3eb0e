package io.github.whatsappstarter.test.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MIME types Meta's media endpoint accepts and the largest file of each, from Meta's supported media
 * types (https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media/):
 * images 5 MB, audio and video 16 MB, documents 100 MB, stickers 500 KB (animated; static ones 100 KB, which
 * cannot be told apart by type). Sizes are decimal (5 MB = 5,000,000 bytes), the stricter reading.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class MediaTypes {

	private static final long MB = 1_000_000L;

	private static final Map<String, Long> MAX_BYTES = new TreeMap<>();

	static {
		for (String type : new String[] { "image/jpeg", "image/png" }) {
			MAX_BYTES.put(type, 5 * MB);
		}
		for (String type : new String[] { "audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg",
				"video/mp4", "video/3gp", "video/3gpp" }) {
			MAX_BYTES.put(type, 16 * MB);
		}
		for (String type : new String[] { "text/plain", "application/pdf", "application/msword",
				"application/vnd.ms-excel", "application/vnd.ms-powerpoint",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation" }) {
			MAX_BYTES.put(type, 100 * MB);
		}
		MAX_BYTES.put("image/webp", 500_000L);
	}

	private MediaTypes() {
	}

	/**
	 * The type without parameters, in lower case ({@code "audio/ogg; codecs=opus"} → {@code audio/ogg}).
	 * @param type the MIME type as sent
	 * @return the normalized type, empty for {@code null}
	 */
	static String normalize(String type) {
		if (type == null) {
			return "";
		}
		int semicolon = type.indexOf(';');
		return ((semicolon >= 0) ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The largest accepted file of a type.
	 * @param type a normalized MIME type
	 * @return the limit in bytes, or -1 when Meta does not accept the type
	 */
	static long maxBytes(String type) {
		return MAX_BYTES.getOrDefault(type, -1L);
	}

	static String supported() {
		return String.join(", ", MAX_BYTES.keySet());
	}

}
