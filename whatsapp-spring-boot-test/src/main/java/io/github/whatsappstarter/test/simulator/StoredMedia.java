package io.github.whatsappstarter.test.simulator;

/**
 * A media file the simulator holds, as uploaded to {@code POST /{version}/{phone-number-id}/media} or put
 * there by a test with {@link MediaStore#put}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param id the media id
 * @param phoneNumberId the business phone number id it belongs to
 * @param mimeType the normalized MIME type
 * @param filename the file name sent with the upload, or {@code null}
 * @param content the bytes
 * @param sha256 the SHA-256 of the bytes, lower-case hex
 */
public record StoredMedia(String id, String phoneNumberId, String mimeType, String filename, byte[] content,
		String sha256) {

	/**
	 * The file size.
	 * @return the number of bytes
	 */
	public long size() {
		return this.content.length;
	}

	@Override
	public String toString() {
		return "StoredMedia[id=" + this.id + ", phoneNumberId=" + this.phoneNumberId + ", mimeType=" + this.mimeType
				+ ", size=" + this.content.length + "]";
	}

}
