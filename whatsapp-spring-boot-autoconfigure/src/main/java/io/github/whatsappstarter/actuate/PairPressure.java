package io.github.whatsappstarter.actuate;

/**
 * Pressure of one (phone number, recipient) pair on the pair limit within the tracking window.
 *
 * @param phoneNumberId the business phone number id
 * @param recipient the recipient, masked to its last four digits
 * @param waits how many sends waited for a pair slot
 * @param totalWaitMillis the sum of those waits in milliseconds
 * @param rejections how many sends were refused because the wait exceeded max-wait
 * @param metaRejections how many sends Meta answered with 131056
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record PairPressure(String phoneNumberId, String recipient, long waits, long totalWaitMillis, long rejections,
		long metaRejections) {
}
