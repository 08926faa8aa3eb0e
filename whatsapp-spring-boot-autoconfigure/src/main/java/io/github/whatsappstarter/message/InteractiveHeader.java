package io.github.whatsappstarter.message;

import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The optional header of an interactive message: a short text or a media file.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param kind {@code text}, {@code image}, {@code video} or {@code document}
 * @param text the header text when {@code kind} is {@code text}
 * @param media the media otherwise
 */
public record InteractiveHeader(String kind, @Nullable String text, @Nullable MediaSource media) {

	public InteractiveHeader {
		MessageChecks.notNull(kind, "interactive.header.type");
		if (!List.of("text", "image", "video", "document").contains(kind)) {
			throw new WhatsAppValidationException("interactive.header.type", "must be text, image, video or document");
		}
		if (kind.equals("text")) {
			text = InteractiveChecks.textHeader(text);
			media = null;
		}
		else {
			media = MessageChecks.notNull(media, "interactive.header." + kind);
			text = null;
		}
	}

	/**
	 * A text header.
	 * @param text the text, at most {@value MessageLimits#INTERACTIVE_HEADER_MAX_LENGTH} characters
	 * @return the header
	 */
	public static InteractiveHeader text(String text) {
		return new InteractiveHeader("text", text, null);
	}

	/**
	 * An image header.
	 * @param media the uploaded id or link
	 * @return the header
	 */
	public static InteractiveHeader image(MediaSource media) {
		return new InteractiveHeader("image", null, media);
	}

	/**
	 * A video header.
	 * @param media the uploaded id or link
	 * @return the header
	 */
	public static InteractiveHeader video(MediaSource media) {
		return new InteractiveHeader("video", null, media);
	}

	/**
	 * A document header.
	 * @param media the uploaded id or link
	 * @return the header
	 */
	public static InteractiveHeader document(MediaSource media) {
		return new InteractiveHeader("document", null, media);
	}

}
