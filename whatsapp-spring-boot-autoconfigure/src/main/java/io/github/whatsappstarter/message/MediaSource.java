package io.github.whatsappstarter.message;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Where a media file comes from: the id of media uploaded to Meta, or a public link. Exactly one
 * of the two is set. Uploaded ids are preferred for high throughput.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param id the uploaded media id, or {@code null}
 * @param link the HTTPS link, or {@code null}
 */
public record MediaSource(@Nullable String id, @Nullable String link) {

	public MediaSource {
		if ((id == null) == (link == null)) {
			throw new WhatsAppValidationException("media", "needs exactly one of id or link");
		}
		id = MessageChecks.optionalText(id, "media.id");
		link = MessageChecks.optionalText(link, "media.link");
	}

	/**
	 * Refers to media uploaded to Meta.
	 * @param id the media id
	 * @return the source
	 */
	public static MediaSource id(String id) {
		return new MediaSource(MessageChecks.notNull(id, "media.id"), null);
	}

	/**
	 * Refers to media by link.
	 * @param link the link
	 * @return the source
	 */
	public static MediaSource link(String link) {
		return new MediaSource(null, MessageChecks.notNull(link, "media.link"));
	}

}
