package io.github.whatsappstarter.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * A file to upload to {@code POST /{phone-number-id}/media}, from bytes, a Spring {@link Resource}, a
 * {@link Path} or a stream. Checked when it is created: the MIME type must be one Meta takes
 * ({@link MediaCategory}) and the size within that type's limit, so nothing goes over the wire that Meta
 * would refuse for it; a failure is a {@link WhatsAppValidationException} naming {@code type} or
 * {@code file}. The content is streamed when uploaded, never copied into memory here. A stream can be
 * read once, so its upload is not retried.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class MediaUpload {

	private static final String DEFAULT_FILENAME = "media";

	private final Resource content;

	private final String mimeType;

	private final MediaCategory category;

	private final long size;

	private final String filename;

	private final boolean repeatable;

	private MediaUpload(Resource content, @Nullable String mimeType, long size, @Nullable String filename,
			boolean repeatable) {
		this.category = category(mimeType);
		this.mimeType = MediaCategory.normalize(mimeType);
		if (size <= 0) {
			throw new WhatsAppValidationException("file", "must not be empty");
		}
		if (size > this.category.maxBytes()) {
			throw new WhatsAppValidationException("file", "has " + size + " bytes; Meta takes at most "
					+ this.category.maxBytes() + " bytes for " + this.mimeType);
		}
		this.content = content;
		this.size = size;
		this.filename = (filename != null && !filename.isBlank()) ? filename : DEFAULT_FILENAME;
		this.repeatable = repeatable;
	}

	/**
	 * Uploads bytes.
	 * @param content the file's bytes
	 * @param mimeType its MIME type, e.g. {@code image/png}
	 * @return the upload
	 */
	public static MediaUpload of(byte[] content, String mimeType) {
		if (content == null) {
			throw new WhatsAppValidationException("file", "must not be null");
		}
		return new MediaUpload(new ByteArrayResource(content), mimeType, content.length, null, true);
	}

	/**
	 * Uploads a resource, e.g. a {@code classpath:} or {@code file:} resource or a multipart file's
	 * {@code getResource()}. Its length must be known: a plain {@link InputStreamResource} is refused (use
	 * {@link #of(InputStream, long, String)}).
	 * @param resource the resource
	 * @param mimeType its MIME type
	 * @return the upload, named after the resource's file name
	 */
	public static MediaUpload of(Resource resource, String mimeType) {
		if (resource == null) {
			throw new WhatsAppValidationException("file", "must not be null");
		}
		if (resource.getClass() == InputStreamResource.class) {
			throw new WhatsAppValidationException("file", "is a stream of unknown length; use "
					+ "MediaUpload.of(InputStream, size, mimeType)");
		}
		if (!resource.exists()) {
			throw new WhatsAppValidationException("file", "does not exist: " + resource.getDescription());
		}
		long size;
		try {
			size = resource.contentLength();
		}
		catch (IOException ex) {
			throw new WhatsAppValidationException("file", "has no readable length: " + ex.getMessage());
		}
		return new MediaUpload(resource, mimeType, size, resource.getFilename(), !resource.isOpen());
	}

	/**
	 * Uploads a file.
	 * @param path the file
	 * @param mimeType its MIME type
	 * @return the upload, named after the file
	 */
	public static MediaUpload of(Path path, String mimeType) {
		if (path == null) {
			throw new WhatsAppValidationException("file", "must not be null");
		}
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new WhatsAppValidationException("file", "is not a readable file: " + path);
		}
		return of(new FileSystemResource(path), mimeType);
	}

	/**
	 * Uploads a stream of known length. It is streamed, read once (so not retried), and refused while
	 * being sent if it turns out longer than {@code size}.
	 * @param stream the content; closed after the upload
	 * @param size the number of bytes it holds
	 * @param mimeType its MIME type
	 * @return the upload
	 */
	public static MediaUpload of(InputStream stream, long size, String mimeType) {
		if (stream == null) {
			throw new WhatsAppValidationException("file", "must not be null");
		}
		return new MediaUpload(new OneShotResource(stream, size), mimeType, size, null, false);
	}

	/**
	 * Returns a copy with another file name (sent in the multipart {@code Content-Disposition}).
	 * @param filename the file name
	 * @return a new upload
	 */
	public MediaUpload withFilename(String filename) {
		if (filename == null || filename.isBlank()) {
			throw new WhatsAppValidationException("filename", "must not be blank");
		}
		return new MediaUpload(this.content, this.mimeType, this.size, filename, this.repeatable);
	}

	/**
	 * Returns the MIME type sent as {@code type}, lower case and without parameters.
	 * @return the MIME type
	 */
	public String mimeType() {
		return this.mimeType;
	}

	/**
	 * Returns the kind of media.
	 * @return the category
	 */
	public MediaCategory category() {
		return this.category;
	}

	/**
	 * Returns the size in bytes.
	 * @return the size
	 */
	public long size() {
		return this.size;
	}

	/**
	 * Returns the file name sent with the upload.
	 * @return the file name
	 */
	public String filename() {
		return this.filename;
	}

	/**
	 * Returns whether the content can be read again, so a failed upload may be retried.
	 * @return {@code false} for a stream
	 */
	public boolean isRepeatable() {
		return this.repeatable;
	}

	Resource content() {
		return this.content;
	}

	@Override
	public String toString() {
		return "MediaUpload[" + this.filename + ", " + this.mimeType + ", " + this.size + " bytes]";
	}

	private static MediaCategory category(@Nullable String mimeType) {
		if (mimeType == null || mimeType.isBlank()) {
			throw new WhatsAppValidationException("type", "must not be blank");
		}
		MediaCategory category = MediaCategory.of(mimeType);
		if (category == null) {
			throw new WhatsAppValidationException("type", "'" + mimeType + "' is not a type Meta takes; supported: "
					+ java.util.Arrays.stream(MediaCategory.values())
						.flatMap((each) -> each.mimeTypes().stream())
						.sorted()
						.toList());
		}
		return category;
	}

	/**
	 * A stream read at most once, that fails the upload when it holds more than the declared size.
	 */
	private static final class OneShotResource extends AbstractResource {

		private final InputStream stream;

		private final long size;

		private final AtomicBoolean read = new AtomicBoolean();

		OneShotResource(InputStream stream, long size) {
			this.stream = stream;
			this.size = size;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			if (!this.read.compareAndSet(false, true)) {
				throw new IOException("The upload stream was already read");
			}
			return new SizeCheckedStream(this.stream, this.size);
		}

		@Override
		public boolean isOpen() {
			return true;
		}

		@Override
		public long contentLength() {
			return this.size;
		}

		@Override
		public String getFilename() {
			return DEFAULT_FILENAME;
		}

		@Override
		public String getDescription() {
			return "upload stream of " + this.size + " bytes";
		}

	}

	/**
	 * Fails with {@link LongerThanDeclaredException} once more than the declared bytes were read.
	 */
	private static final class SizeCheckedStream extends FilterInputStream {

		private long remaining;

		SizeCheckedStream(InputStream in, long size) {
			super(in);
			this.remaining = size;
		}

		@Override
		public int read() throws IOException {
			int value = super.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = super.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws LongerThanDeclaredException {
			this.remaining -= bytes;
			if (this.remaining < 0) {
				throw new LongerThanDeclaredException();
			}
		}

	}

	/**
	 * The stream held more bytes than declared; the upload is stopped before Meta gets a complete file.
	 */
	static final class LongerThanDeclaredException extends IOException {

		LongerThanDeclaredException() {
			super("The upload stream holds more bytes than its declared size");
		}

	}

}
