package io.github.whatsappstarter.media;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Function;

import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.message.MediaSource;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Media on the Cloud API for one business phone number, as returned by
 * {@code WhatsAppOperations.media()}: upload, media URL, streamed download, delete, and upload-then-send.
 * Media calls are not messages, so they take no throughput or pair slot; they go through the same error
 * translation as sends, are retried on Meta-side failures, and stop for as long as Meta says after an app
 * or account rate limit (4, 80007, 613 → {@code ApiRateLimitException}). Bad input throws a
 * {@link WhatsAppValidationException} naming the field before anything is sent.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public interface WhatsAppMediaOperations {

	/**
	 * Uploads a file for this phone number ({@code POST /{phone-number-id}/media}); Meta keeps it 30 days.
	 * @param upload the file, checked for type and size when it was created
	 * @return the media id, for {@link MediaSource#id(String)}
	 * @throws WhatsAppException if the upload failed
	 * @since 0.2.0
	 */
	String upload(MediaUpload upload);

	/**
	 * Reads a media's details and short-lived download URL ({@code GET /{media-id}}).
	 * @param mediaId the media id, e.g. from an inbound message
	 * @return the details
	 * @throws WhatsAppException if Meta refused
	 * @since 0.2.0
	 */
	MediaInfo retrieve(String mediaId);

	/**
	 * Downloads a media, streaming it to {@code target} as it arrives. The URL is fetched first; if it has
	 * expired (Meta answers 401, 403 or 404 on it) before a byte was written, a new URL is fetched once. The
	 * access token goes only to the Graph API host and Meta's media hosts.
	 * @param mediaId the media id
	 * @param target where the bytes go; not closed
	 * @return the media's details
	 * @throws WhatsAppException if the download failed
	 * @since 0.2.0
	 */
	MediaInfo download(String mediaId, OutputStream target);

	/**
	 * Downloads a media to a file: streamed to a temporary file next to {@code target}, then moved there,
	 * so {@code target} never holds part of a file.
	 * @param mediaId the media id
	 * @param target the file to write (replaced if it exists)
	 * @return the media's details
	 * @throws WhatsAppException if the download failed
	 * @since 0.2.0
	 */
	MediaInfo download(String mediaId, Path target);

	/**
	 * Deletes a media ({@code DELETE /{media-id}}).
	 * @param mediaId the media id
	 * @throws WhatsAppException if Meta refused
	 * @since 0.2.0
	 */
	void delete(String mediaId);

	/**
	 * Uploads a file, then sends the message built around its id, from this phone number, e.g.
	 * {@code media().send(MediaUpload.of(resource, "image/png"), (media) -> WhatsAppMessage.image(to, media))}.
	 * The message is built once beforehand with a placeholder id, so an invalid message (a bad recipient, an
	 * image message for a PDF) fails before the upload. The send then goes through the usual pipeline (rate
	 * limiter, retry); the upload takes no slot.
	 * @param upload the file
	 * @param message builds the message from the uploaded media's source; called twice
	 * @return the send's result
	 * @throws WhatsAppException if the upload or the send failed
	 * @since 0.2.0
	 */
	SendResult send(MediaUpload upload, Function<MediaSource, ? extends WhatsAppMessage> message);

	/**
	 * Returns the business phone number id uploads and sends use.
	 * @return the phone number id
	 * @since 0.2.0
	 */
	String getPhoneNumberId();

	/**
	 * Returns media operations for another business phone number (media uploaded for one number is sent
	 * from that number).
	 * @param phoneNumberId the business phone number id
	 * @return operations bound to that number
	 * @since 0.2.0
	 */
	WhatsAppMediaOperations from(String phoneNumberId);

}
