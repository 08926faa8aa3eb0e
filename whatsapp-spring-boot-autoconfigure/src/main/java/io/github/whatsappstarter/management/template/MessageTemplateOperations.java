package io.github.whatsappstarter.management.template;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphPage;

/**
 * The message templates of one WhatsApp Business Account ({@code /{waba-id}/message_templates}).
 * These calls are not messages: they take no throughput slot and are not retried; Meta counts them
 * against the account's call-rate limits (an answer with code 4, 80007, 613, 17 or 32 throws
 * {@link io.github.whatsappstarter.error.ApiRateLimitException} with {@code retryAfter()}). Bad
 * input throws {@link io.github.whatsappstarter.error.WhatsAppValidationException} before any call.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public interface MessageTemplateOperations {

	/**
	 * Returns the operations of an account over a client.
	 * @param client the client
	 * @param businessAccountId the WhatsApp Business Account id
	 * @return the operations
	 */
	static MessageTemplateOperations of(GraphCalls graph, String businessAccountId) {
		return new GraphMessageTemplates(graph, businessAccountId);
	}

	/**
	 * Lists one page of templates; pass {@link GraphPage#after()} to
	 * {@link TemplateQuery#after(String)} for the next.
	 * @param query the filters and page
	 * @return the page
	 */
	GraphPage<MessageTemplate> list(TemplateQuery query);

	/**
	 * Lists the first page of every template.
	 * @return the page
	 */
	default GraphPage<MessageTemplate> list() {
		return list(TemplateQuery.all());
	}

	/**
	 * Streams every template matching the query, one page per call, lazily: a page is fetched only
	 * when the stream reaches it.
	 * @param query the filters and page size
	 * @return a lazy stream
	 */
	Stream<MessageTemplate> stream(TemplateQuery query);

	/**
	 * Returns every language of the template with exactly this name.
	 * @param name the name
	 * @return the templates, one per language, empty when there is none
	 */
	default List<MessageTemplate> get(String name) {
		return stream(TemplateQuery.all().name(name)).filter((template) -> template.name().equals(name)).toList();
	}

	/**
	 * Returns the template with exactly this name and language.
	 * @param name the name
	 * @param language the language code
	 * @return the template, if it exists
	 */
	default Optional<MessageTemplate> get(String name, String language) {
		return stream(TemplateQuery.all().name(name).language(language))
			.filter((template) -> template.name().equals(name) && template.language().equals(language))
			.findFirst();
	}

	/**
	 * Creates a template; Meta reviews it before it can be sent.
	 * @param definition the checked definition
	 * @return the id and the status it starts in
	 */
	TemplateCreated create(TemplateDefinition definition);

	/**
	 * Deletes every language of a template.
	 * @param name the name
	 */
	void delete(String name);

	/**
	 * Deletes one language of a template.
	 * @param name the name
	 * @param templateId the id of that language's template ({@code hsm_id})
	 */
	void delete(String name, String templateId);

}
