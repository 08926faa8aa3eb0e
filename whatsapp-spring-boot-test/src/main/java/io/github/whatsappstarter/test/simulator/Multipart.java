package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small {@code multipart/form-data} reader (RFC 7578) for the media upload endpoint: the body is already
 * in memory, parts are split at the boundary and their {@code Content-Disposition} and {@code Content-Type}
 * read.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class Multipart {

	private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

	private Multipart() {
	}

	/**
	 * Splits a body into its parts.
	 * @param contentType the request's {@code Content-Type}
	 * @param body the body
	 * @return the parts, or {@code null} when the request is not a well-formed multipart form
	 */
	static List<Part> parse(String contentType, byte[] body) {
		String boundary = boundary(contentType);
		if (boundary == null) {
			return null;
		}
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		int position = indexOf(body, delimiter, 0);
		if (position < 0) {
			return null;
		}
		List<Part> parts = new ArrayList<>();
		while (true) {
			int after = position + delimiter.length;
			if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
				return parts;
			}
			int headersStart = after + 2;
			int headersEnd = indexOf(body, HEADER_END, headersStart);
			if (headersEnd < 0) {
				return null;
			}
			int contentStart = headersEnd + HEADER_END.length;
			int contentEnd = indexOf(body, nextDelimiter, contentStart);
			if (contentEnd < 0) {
				return null;
			}
			String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
			parts.add(Part.of(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
			position = contentEnd + 2;
		}
	}

	private static String boundary(String contentType) {
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return null;
		}
		for (String parameter : contentType.split(";")) {
			String trimmed = parameter.strip();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
				String value = trimmed.substring("boundary=".length());
				return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
						? value.substring(1, value.length() - 1) : value;
			}
		}
		return null;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * One part of the form.
	 *
	 * @param name the form field name
	 * @param filename the file name, or {@code null} for a plain field
	 * @param contentType the part's content type, or {@code null}
	 * @param content the content
	 */
	record Part(String name, String filename, String contentType, byte[] content) {

		static Part of(String headers, byte[] content) {
			String name = null;
			String filename = null;
			String contentType = null;
			for (String line : headers.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon < 0) {
					continue;
				}
				String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				String value = line.substring(colon + 1).strip();
				if (header.equals("content-type")) {
					contentType = value;
				}
				else if (header.equals("content-disposition")) {
					name = parameter(value, "name");
					filename = parameter(value, "filename");
				}
			}
			return new Part(name, filename, contentType, content);
		}

		String text() {
			return new String(this.content, StandardCharsets.UTF_8);
		}

		private static String parameter(String disposition, String key) {
			for (String parameter : disposition.split(";")) {
				String trimmed = parameter.strip();
				if (trimmed.startsWith(key + "=")) {
					String value = trimmed.substring(key.length() + 1);
					return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
							? value.substring(1, value.length() - 1) : value;
				}
			}
			return null;
		}

	}

}
