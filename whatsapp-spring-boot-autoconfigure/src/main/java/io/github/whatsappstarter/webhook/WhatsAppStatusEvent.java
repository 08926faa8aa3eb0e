package io.github.whatsappstarter.webhook;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Published once per (message id, status) pair ({@code value.statuses[]}). A status that arrives
 * after a later one of the same message (a {@code delivered} after {@code read}) is still published,
 * with {@link #outOfOrder()} set, so that state trackers can ignore it.
 *
 * @param phoneNumberId the business phone number id that sent the message
 * @param messageId the id of the sent message ({@code wamid...})
 * @param status the reported status
 * @param timestamp when the status happened
 * @param recipient the recipient: {@code recipient_id} (phone number, or group id for group messages),
 * {@code recipient_user_id} and the parent BSUID (present when the message was sent to a BSUID), completed
 * from the matching {@code value.contacts[]} entry (BSUID, username on delivered and read)
 * @param errors the errors of a {@link MessageStatus#FAILED} status, otherwise empty
 * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} given at send time, if present
 * @param pricing the raw {@code pricing} object, if present
 * @param outOfOrder whether a later status of the same message was already seen
 * @param raw the whole status object, including fields this version does not model
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public record WhatsAppStatusEvent(String phoneNumberId, String messageId, MessageStatus status, Instant timestamp,
		WhatsAppUser recipient, List<WhatsAppWebhookError> errors, @Nullable String bizOpaqueCallbackData,
		@Nullable JsonNode pricing, boolean outOfOrder, JsonNode raw) implements WhatsAppWebhookEvent {

	/**
	 * Creates an event, copying the error list.
	 */
	public WhatsAppStatusEvent {
		errors = List.copyOf(errors);
	}

	/**
	 * Returns {@code recipient_id}: the recipient's phone number, or the group id; {@code null} when
	 * the message was sent to a business-scoped user id.
	 * @return the recipient id, or {@code null}
	 */
	public @Nullable String recipientId() {
		return this.recipient.waId();
	}

	/**
	 * Whether this is a failed status with a retryable error code (pair rate 131056, throughput
	 * 130429, 131000, 131016, 2, 133004, 131057): sending the same message again later may work.
	 * @return {@code true} for a retryable failure
	 */
	public boolean retryable() {
		return this.status == MessageStatus.FAILED && this.errors.stream().anyMatch(WhatsAppWebhookError::retryable);
	}

	/**
	 * Returns a copy of this event marked as out of order.
	 * @return the marked copy
	 */
	public WhatsAppStatusEvent markOutOfOrder() {
		return new WhatsAppStatusEvent(this.phoneNumberId, this.messageId, this.status, this.timestamp,
				this.recipient, this.errors, this.bizOpaqueCallbackData, this.pricing, true, this.raw);
	}

}
