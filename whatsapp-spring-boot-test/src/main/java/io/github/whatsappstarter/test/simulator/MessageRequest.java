package io.github.whatsappstarter.test.simulator;

/**
 * A send-endpoint body that passed validation.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param markAsRead whether it is a mark-as-read call rather than a message
 * @param to the recipient as sent, phone number or BSUID (null for mark-as-read)
 * @param waId the recipient's digits (null for mark-as-read and for a BSUID recipient)
 * @param userId the recipient's business-scoped user id when sent to {@code recipient} (else null)
 * @param type the message type, or "read"
 */
record MessageRequest(boolean markAsRead, String to, String waId, String userId, String type) {

	/**
	 * The recipient key for limits, faults and webhooks: the digits, or the BSUID unchanged.
	 */
	String key() {
		return (this.waId != null) ? this.waId : this.userId;
	}

	boolean isTemplate() {
		return "template".equals(this.type);
	}

}
