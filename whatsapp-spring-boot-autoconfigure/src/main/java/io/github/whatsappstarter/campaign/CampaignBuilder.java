package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Describes a campaign: who gets what, from which number, and by when. Obtained from
 * {@link WhatsAppCampaigns#campaign()}. Recipients come from a list, any {@link Iterable}, a
 * {@link Stream} or pages of a database cursor; {@link #start()} reads them once into the store in
 * chunks (counting each recipient's messages; a recipient whose messages cannot be built fails with
 * the reason) and starts sending. Messages are built again, one recipient at a time, when the
 * recipient's turn comes, so a campaign never holds every message at once.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class CampaignBuilder {

	/** The most messages one recipient gets in one campaign. */
	public static final int MAX_MESSAGES_PER_RECIPIENT = 100;

	private final WhatsAppCampaigns campaigns;

	private Supplier<Iterator<CampaignRecipient>> recipients = () -> List.<CampaignRecipient>of().iterator();

	private @Nullable CampaignMessageFactory factory;

	private @Nullable String factoryName;

	private @Nullable String phoneNumberId;

	private @Nullable Duration deadline;

	private @Nullable String name;

	CampaignBuilder(WhatsAppCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * Sets the recipients, in the order their first messages should go out.
	 * @param recipients the recipients' numbers (a list, or any iterable read once at start)
	 * @return this builder
	 */
	public CampaignBuilder recipients(Iterable<String> recipients) {
		Assert.notNull(recipients, "recipients must not be null");
		this.recipients = () -> map(recipients.iterator());
		return this;
	}

	/**
	 * Sets the recipients from a stream, read once at start without collecting it.
	 * @param recipients the recipients' numbers
	 * @return this builder
	 */
	public CampaignBuilder recipients(Stream<String> recipients) {
		Assert.notNull(recipients, "recipients must not be null");
		this.recipients = () -> map(recipients.iterator());
		return this;
	}

	/**
	 * Sets recipients with per-recipient parameters (e.g. a template's body values).
	 * @param recipients the recipients, read once at start
	 * @return this builder
	 * @since 0.3.0
	 */
	public CampaignBuilder recipientsWithParameters(Iterable<CampaignRecipient> recipients) {
		Assert.notNull(recipients, "recipients must not be null");
		this.recipients = recipients::iterator;
		return this;
	}

	/**
	 * Reads recipients page by page, e.g. from a database cursor: {@code nextPage} is called until
	 * it returns an empty page; only one page is held at a time.
	 * @param nextPage returns the next page of recipients, empty when there are no more
	 * @return this builder
	 * @since 0.3.0
	 */
	public CampaignBuilder recipientPages(Supplier<? extends Collection<CampaignRecipient>> nextPage) {
		Assert.notNull(nextPage, "nextPage must not be null");
		this.recipients = () -> StreamSupport.stream(new Pages(nextPage), false)
			.flatMap(Collection::stream)
			.iterator();
		return this;
	}

	/**
	 * Sets the one message each recipient gets. The function stays on this node: with the
	 * Hazelcast backend a node that takes the campaign over pauses it with
	 * {@link CampaignPauseReason#MESSAGE_FACTORY_UNAVAILABLE}; use
	 * {@link #messageFactory(CampaignMessageFactory)} with a serializable factory or
	 * {@link #messageFactory(String)} for campaigns that survive their node.
	 * @param message builds a recipient's message
	 * @return this builder
	 */
	public CampaignBuilder message(Function<String, ? extends WhatsAppMessage> message) {
		Assert.notNull(message, "message must not be null");
		return factory((recipient) -> List.of(message.apply(recipient.to())), null);
	}

	/**
	 * Sets the messages each recipient gets, delivered in this order (see
	 * {@link #message(Function)} about other nodes).
	 * @param messages builds a recipient's messages
	 * @return this builder
	 */
	public CampaignBuilder messages(Function<String, List<? extends WhatsAppMessage>> messages) {
		Assert.notNull(messages, "messages must not be null");
		return factory((recipient) -> messages.apply(recipient.to()), null);
	}

	/**
	 * Sets the factory of each recipient's messages. A {@link java.io.Serializable} factory (such as
	 * those of {@link CampaignMessages}) is stored with the campaign, so any node can resume it.
	 * @param factory builds a recipient's messages
	 * @return this builder
	 * @since 0.3.0
	 */
	public CampaignBuilder messageFactory(CampaignMessageFactory factory) {
		Assert.notNull(factory, "factory must not be null");
		return factory(factory, null);
	}

	/**
	 * Uses the {@link CampaignMessageFactory} bean of this name, looked up on whichever node runs
	 * the campaign; define it on every node.
	 * @param beanName the bean name
	 * @return this builder
	 * @since 0.3.0
	 */
	public CampaignBuilder messageFactory(String beanName) {
		Assert.hasText(beanName, "beanName must not be empty");
		CampaignMessageFactory factory = this.campaigns.messageFactory(beanName);
		Assert.state(factory != null, () -> "No CampaignMessageFactory bean named '" + beanName + "'");
		return factory(factory, beanName);
	}

	private CampaignBuilder factory(CampaignMessageFactory factory, @Nullable String name) {
		this.factory = factory;
		this.factoryName = name;
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
	 * Reads the recipients into the store and starts sending.
	 * @return the handle of the running campaign
	 */
	public CampaignHandle start() {
		CampaignMessageFactory messages = this.factory;
		Assert.state(messages != null, "Set message(...), messages(...) or messageFactory(...) before start()");
		return this.campaigns.start(new CampaignDefinition(this.name, this.phoneNumberId, this.deadline, messages,
				this.factoryName), this.recipients.get());
	}

	private static Iterator<CampaignRecipient> map(Iterator<String> numbers) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return numbers.hasNext();
			}

			@Override
			public CampaignRecipient next() {
				return CampaignRecipient.of(numbers.next());
			}

		};
	}

	/**
	 * What {@link #start()} hands to the registry.
	 */
	record CampaignDefinition(@Nullable String name, @Nullable String phoneNumberId, @Nullable Duration deadline,
			CampaignMessageFactory factory, @Nullable String factoryName) {
	}

	private static final class Pages extends java.util.Spliterators.AbstractSpliterator<Collection<CampaignRecipient>> {

		private final Supplier<? extends Collection<CampaignRecipient>> nextPage;

		private boolean done;

		Pages(Supplier<? extends Collection<CampaignRecipient>> nextPage) {
			super(Long.MAX_VALUE, ORDERED);
			this.nextPage = nextPage;
		}

		@Override
		public boolean tryAdvance(java.util.function.Consumer<? super Collection<CampaignRecipient>> action) {
			if (this.done) {
				return false;
			}
			Collection<CampaignRecipient> page = this.nextPage.get();
			if (page == null || page.isEmpty()) {
				this.done = true;
				return false;
			}
			action.accept(page);
			return true;
		}

	}

}
