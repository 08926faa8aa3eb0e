package io.github.whatsappstarter.test.simulator;

/**
 * A send-endpoint body that passed validation.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param markAsRead whether it is a mark-as-read call rather than a message
 * @param to the recipient as sent (null for mark-as-read)
 * @param waId the recipient's digits (null for mark-as-read)
 * @param type the message type, or "read"
 */
record MessageRequest(boolean markAsRead, String to, String waId, String type) {

	boolean isTemplate() {
		return "template".equals(this.type);
	}

}
