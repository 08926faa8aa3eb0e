package io.github.whatsappstarter.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body into memory, giving up as soon as it grows past a limit.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class BoundedBodyReader {

	private BoundedBodyReader() {
	}

	/**
	 * Reads the stream to its end.
	 * @param in the body stream
	 * @param maxBytes the largest body accepted
	 * @return the body, or {@code null} if it is longer than {@code maxBytes}
	 * @throws IOException if reading fails
	 */
	static byte[] read(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(maxBytes, 8192));
		byte[] buffer = new byte[8192];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > maxBytes) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

}
