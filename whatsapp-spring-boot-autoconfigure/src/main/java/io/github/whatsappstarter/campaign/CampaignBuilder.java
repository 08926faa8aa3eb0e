package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Describes a campaign: who gets what, from which number, and by when. Obtained from
 * {@link WhatsAppCampaigns#campaign()}; {@link #start()} builds every message (a recipient whose
 * messages cannot be built fails with the reason) and starts sending.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class CampaignBuilder {

	private final WhatsAppCampaigns campaigns;

	private List<String> recipients = List.of();

	private @Nullable Function<String, List<WhatsAppMessage>> messages;

	private @Nullable String phoneNumberId;

	private @Nullable Duration deadline;

	private @Nullable String name;

	CampaignBuilder(WhatsAppCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * Sets the recipients, in the order their first messages should go out.
	 * @param recipients the recipients' numbers
	 * @return this builder
	 */
	public CampaignBuilder recipients(List<String> recipients) {
		Assert.notNull(recipients, "recipients must not be null");
		this.recipients = List.copyOf(recipients);
		return this;
	}

	/**
	 * Sets the one message each recipient gets.
	 * @param message builds a recipient's message
	 * @return this builder
	 */
	public CampaignBuilder message(Function<String, ? extends WhatsAppMessage> message) {
		Assert.notNull(message, "message must not be null");
		this.messages = (recipient) -> List.of(message.apply(recipient));
		return this;
	}

	/**
	 * Sets the messages each recipient gets, delivered in this order.
	 * @param messages builds a recipient's messages
	 * @return this builder
	 */
	public CampaignBuilder messages(Function<String, List<? extends WhatsAppMessage>> messages) {
		Assert.notNull(messages, "messages must not be null");
		this.messages = (recipient) -> List.copyOf(messages.apply(recipient));
		return this;
	}

	/**
	 * Sends from another business phone number than the default.
	 * @param phoneNumberId the sending phone number id
	 * @return this builder
	 */
	public CampaignBuilder from(String phoneNumberId) {
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		this.phoneNumberId = phoneNumberId;
		return this;
	}

	/**
	 * Sets how long after the start a message may still be sent; later ones fail with reason
	 * {@value CampaignFailure#DEADLINE_EXCEEDED} instead of arriving late.
	 * @param deadline the time allowed from the start
	 * @return this builder
	 */
	public CampaignBuilder deadline(Duration deadline) {
		Assert.isTrue(deadline != null && !deadline.isNegative(), "deadline must not be negative");
		this.deadline = deadline;
		return this;
	}

	/**
	 * Names the campaign for logs and listings (default: its id).
	 * @param name the name
	 * @return this builder
	 */
	public CampaignBuilder name(String name) {
		Assert.hasText(name, "name must not be empty");
		this.name = name;
		return this;
	}

	/**
	 * Builds the messages and starts sending.
	 * @return the handle of the running campaign
	 */
	public CampaignHandle start() {
		Function<String, List<WhatsAppMessage>> factory = this.messages;
		Assert.state(factory != null, "Set message(...) or messages(...) before start()");
		List<RecipientQueue> queues = new ArrayList<>(this.recipients.size());
		List<CampaignFailure> failures = new ArrayList<>();
		for (String recipient : this.recipients) {
			try {
				queues.add(new RecipientQueue(recipient, factory.apply(recipient)));
			}
			catch (RuntimeException ex) {
				failures.add(new CampaignFailure(recipient, 0, String.valueOf(ex.getMessage()), 0));
			}
		}
		return this.campaigns.start(this.name, this.phoneNumberId, this.deadline, queues, failures);
	}

}
