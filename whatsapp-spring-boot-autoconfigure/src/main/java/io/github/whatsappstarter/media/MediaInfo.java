package io.github.whatsappstarter.media;

/**
 * What {@code GET /{media-id}} answers: a short-lived download URL (Meta: valid for 5 minutes, and only
 * with the access token) and the file's MIME type, SHA-256 and size.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param id the media id
 * @param url the download URL
 * @param mimeType the MIME type
 * @param sha256 the file's SHA-256 as Meta gives it
 * @param fileSize the size in bytes, or -1 when Meta did not say
 */
public record MediaInfo(String id, String url, String mimeType, String sha256, long fileSize) {

}
