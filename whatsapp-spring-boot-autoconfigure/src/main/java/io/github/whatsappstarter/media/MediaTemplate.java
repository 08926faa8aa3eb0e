package io.github.whatsappstarter.media;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.message.MediaSource;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The default {@link WhatsAppMediaOperations}: media calls on a {@link MediaClient}, retried and gated by
 * {@link MediaCalls}, and sends through the send function of the operations it belongs to, so an
 * upload-then-send is sent by the usual pipeline. Created by {@code WhatsAppTemplate}; thread-safe.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public class MediaTemplate implements WhatsAppMediaOperations {

	private static final String PLACEHOLDER_ID = "0";

	private final MediaClient client;

	private final String phoneNumberId;

	private final BiFunction<String, WhatsAppMessage, SendResult> sender;

	private final MediaCalls calls;

	/**
	 * Creates media operations.
	 * @param client the media transport
	 * @param phoneNumberId the business number media is uploaded for and sent from
	 * @param sender sends a message from a business number, e.g. {@code WhatsAppOperations::send}
	 * @param retryPolicy the send retry policy whose transient-failure rules media calls follow, or
	 * {@code null} for no retries
	 */
	public MediaTemplate(MediaClient client, String phoneNumberId,
			BiFunction<String, WhatsAppMessage, SendResult> sender, @Nullable WhatsAppRetryPolicy retryPolicy) {
		this(client, phoneNumberId, sender, new MediaCalls(retryPolicy));
	}

	private MediaTemplate(MediaClient client, String phoneNumberId,
			BiFunction<String, WhatsAppMessage, SendResult> sender, MediaCalls calls) {
		Assert.notNull(client, "client must not be null");
		Assert.notNull(sender, "sender must not be null");
		this.client = client;
		this.phoneNumberId = phoneNumberId;
		this.sender = sender;
		this.calls = calls;
	}

	@Override
	public String upload(MediaUpload upload) {
		checkNotNull(upload, "file");
		return this.calls.run(() -> this.client.upload(getPhoneNumberId(), upload), upload.isRepeatable());
	}

	@Override
	public MediaInfo retrieve(String mediaId) {
		String id = checkId(mediaId);
		return this.calls.run(() -> this.client.retrieve(id, null), true);
	}

	@Override
	public MediaInfo download(String mediaId, OutputStream target) {
		String id = checkId(mediaId);
		checkNotNull(target, "target");
		CountingStream counting = new CountingStream(target);
		MediaInfo info = retrieve(id);
		try {
			download(info, counting);
			return info;
		}
		catch (WhatsAppException ex) {
			if (!isExpiredUrl(ex) || counting.count > 0) {
				throw ex;
			}
		}
		// the URL lives about 5 minutes: fetch a new one once
		MediaInfo fresh = retrieve(id);
		download(fresh, counting);
		return fresh;
	}

	private void download(MediaInfo info, CountingStream target) {
		this.calls.run(() -> {
			if (target.count > 0) {
				throw new WhatsAppClientException("The download of media " + info.id() + " broke off after "
						+ target.count + " bytes were written", null, 0, null, null);
			}
			return this.client.download(info.url(), target);
		}, true);
	}

	@Override
	public MediaInfo download(String mediaId, Path target) {
		checkNotNull(target, "target");
		Path directory = target.toAbsolutePath().getParent();
		Path partial = null;
		try {
			partial = Files.createTempFile(directory, "." + target.getFileName(), ".part");
			MediaInfo info;
			try (OutputStream out = Files.newOutputStream(partial)) {
				info = download(mediaId, out);
			}
			move(partial, target);
			return info;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write media " + mediaId + " to " + target, ex);
		}
		finally {
			deleteQuietly(partial);
		}
	}

	@Override
	public void delete(String mediaId) {
		String id = checkId(mediaId);
		this.calls.run(() -> {
			this.client.delete(id, null);
			return id;
		}, true);
	}

	@Override
	public SendResult send(MediaUpload upload, Function<MediaSource, ? extends WhatsAppMessage> message) {
		checkNotNull(upload, "file");
		checkNotNull(message, "message");
		WhatsAppMessage draft = checkNotNull(message.apply(MediaSource.id(PLACEHOLDER_ID)), "message");
		checkCarries(draft, upload);
		String mediaId = upload(upload);
		return this.sender.apply(this.phoneNumberId, message.apply(MediaSource.id(mediaId)));
	}

	@Override
	public String getPhoneNumberId() {
		return this.phoneNumberId;
	}

	@Override
	public WhatsAppMediaOperations from(String phoneNumberId) {
		return new MediaTemplate(this.client, phoneNumberId, this.sender, this.calls);
	}

	@Override
	public String toString() {
		return "MediaTemplate for " + getPhoneNumberId();
	}

	/** An image message must carry an image, and so on; other types (templates, headers) are not checked. */
	private static void checkCarries(WhatsAppMessage message, MediaUpload upload) {
		String type = message.type().value();
		for (MediaCategory category : MediaCategory.values()) {
			if (category.messageType().equals(type) && category != upload.category()) {
				throw new WhatsAppValidationException("type", "is " + upload.mimeType() + ", which a " + type
						+ " message cannot carry; expected one of " + category.mimeTypes());
			}
		}
	}

	private static boolean isExpiredUrl(WhatsAppException failure) {
		int status = failure.getHttpStatus();
		return status == 401 || status == 403 || status == 404;
	}

	private static String checkId(@Nullable String mediaId) {
		if (mediaId == null || mediaId.isBlank()) {
			throw new WhatsAppValidationException("media.id", "must not be blank");
		}
		if (!mediaId.strip().chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
			throw new WhatsAppValidationException("media.id", "must hold letters and digits only");
		}
		return mediaId.strip();
	}

	private static <T> T checkNotNull(@Nullable T value, String field) {
		if (value == null) {
			throw new WhatsAppValidationException(field, "must not be null");
		}
		return value;
	}

	private static void move(Path partial, Path target) throws IOException {
		try {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (java.nio.file.AtomicMoveNotSupportedException ex) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(@Nullable Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a leftover .part file does no harm
			}
		}
	}

	/**
	 * Counts the bytes written, so a download that broke off is not retried into the same target.
	 */
	private static final class CountingStream extends FilterOutputStream {

		private long count;

		CountingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

}
