package io.github.whatsappstarter.retry;

import io.github.whatsappstarter.error.WhatsAppException;

/**
 * Thrown when a retryable failure persisted through every attempt the policy allows. Carries the
 * number of attempts and, as its cause, the last error (whose Graph code it also reports).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppRetryExhaustedException extends WhatsAppException {

	private final int attempts;

	private final WhatsAppException lastError;

	/**
	 * Creates an exception.
	 * @param attempts how many attempts were made, including the first call
	 * @param lastError the failure of the last attempt
	 */
	public WhatsAppRetryExhaustedException(int attempts, WhatsAppException lastError) {
		super("Gave up after " + attempts + " attempt" + ((attempts == 1) ? "" : "s") + ": " + lastError.getMessage(),
				lastError.getGraphError(), lastError.getHttpStatus(), lastError.getRecipient(), lastError);
		this.attempts = attempts;
		this.lastError = lastError;
	}

	/**
	 * Returns how many attempts were made, including the first call.
	 * @return the attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Returns the failure of the last attempt.
	 * @return the last error
	 */
	public WhatsAppException getLastError() {
		return this.lastError;
	}

}
