package io.github.whatsappstarter.campaign;

import java.io.Serializable;

/**
 * A campaign message that failed, and why.
 *
 * @param recipient the recipient
 * @param index the position of the message among that recipient's messages, from 0
 * @param reason why it failed: {@value #CANCELLED}, {@value #DEADLINE_EXCEEDED} or the error's
 * message (recipient masked)
 * @param errorCode the Graph error code, or 0 when there was none
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record CampaignFailure(String recipient, int index, String reason, int errorCode) implements Serializable {

	/** The reason of messages not sent because the campaign was cancelled. */
	public static final String CANCELLED = "cancelled";

	/** The reason of messages that could not be sent before the campaign's deadline. */
	public static final String DEADLINE_EXCEEDED = "deadline exceeded";

	@Override
	public String toString() {
		return "CampaignFailure[recipient=***" + this.recipient.substring(Math.max(0, this.recipient.length() - 4))
				+ ", index=" + this.index + ", reason=" + this.reason + ", errorCode=" + this.errorCode + "]";
	}

}
