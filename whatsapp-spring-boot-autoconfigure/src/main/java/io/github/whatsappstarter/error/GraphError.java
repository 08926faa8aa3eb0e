package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

/**
 * The Graph API error envelope ({@code {"error":{...}}}) as Meta returns it, parsed once at the
 * transport boundary. Classification uses {@link #code()} and {@link #details()}, never the title.
 *
 * @param code the Graph error code, e.g. 131056; {@code 0} when the body had none
 * @param subcode the {@code error_subcode} if present (informational only)
 * @param type the error type, e.g. {@code OAuthException}
 * @param message the error message, e.g. {@code "(#130429) Rate limit hit"}
 * @param details {@code error_data.details}, if present
 * @param fbtraceId {@code fbtrace_id}, which Meta support asks for
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record GraphError(int code, @Nullable Integer subcode, @Nullable String type, @Nullable String message,
		@Nullable String details, @Nullable String fbtraceId) {

	/**
	 * Creates an error with only a code and a message, as used for synthetic errors.
	 * @param code the Graph error code
	 * @param message the message
	 * @return the error
	 */
	public static GraphError of(int code, String message) {
		return new GraphError(code, null, null, message, null, null);
	}

}
