package io.github.whatsappstarter.error;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedRuntimeException;

/**
 * Root of every exception the starter throws, so callers can react to a failed send without
 * knowing the HTTP client, the rate limiter or the retry library underneath. Subclasses are named
 * for the kind of failure. Each carries the Graph error (when Meta sent one), the HTTP status
 * (when there was a response) and the recipient, masked in the message text.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public abstract class WhatsAppException extends NestedRuntimeException {

	private final @Nullable GraphError graphError;

	private final int httpStatus;

	private final @Nullable String recipient;

	/**
	 * Creates an exception.
	 * @param message the message, which must not contain secrets
	 * @param graphError the Graph error, if Meta sent one
	 * @param httpStatus the HTTP status, or {@code 0} when there was no response
	 * @param recipient the recipient's number, if known
	 * @param cause the cause, if any
	 */
	protected WhatsAppException(String message, @Nullable GraphError graphError, int httpStatus,
			@Nullable String recipient, @Nullable Throwable cause) {
		super(message, cause);
		this.graphError = graphError;
		this.httpStatus = httpStatus;
		this.recipient = recipient;
	}

	/**
	 * Returns the Graph error Meta sent, if any.
	 * @return the Graph error, or {@code null}
	 */
	public @Nullable GraphError getGraphError() {
		return this.graphError;
	}

	/**
	 * Returns the Graph error code, or {@code 0} when there was none.
	 * @return the code
	 */
	public int getCode() {
		return (this.graphError != null) ? this.graphError.code() : 0;
	}

	/**
	 * Returns {@code error_data.details} of the Graph error, if any.
	 * @return the details, or {@code null}
	 */
	public @Nullable String getDetails() {
		return (this.graphError != null) ? this.graphError.details() : null;
	}

	/**
	 * Returns the {@code fbtrace_id} of the Graph error, if any.
	 * @return the trace id, or {@code null}
	 */
	public @Nullable String getFbtraceId() {
		return (this.graphError != null) ? this.graphError.fbtraceId() : null;
	}

	/**
	 * Returns the HTTP status of the response, or {@code 0} when no response was received.
	 * @return the HTTP status
	 */
	public int getHttpStatus() {
		return this.httpStatus;
	}

	/**
	 * Returns the recipient's number in full, for the caller's own bookkeeping. It is masked in
	 * {@link #getMessage()}.
	 * @return the recipient, or {@code null} when not tied to one recipient
	 */
	public @Nullable String getRecipient() {
		return this.recipient;
	}

	/**
	 * Masks a phone number for messages and logs, keeping the last four digits.
	 * @param number the number
	 * @return the masked number, e.g. {@code ***1234}
	 */
	public static String mask(@Nullable String number) {
		if (number == null) {
			return "-";
		}
		return (number.length() <= 4) ? "***" : "***" + number.substring(number.length() - 4);
	}

}
