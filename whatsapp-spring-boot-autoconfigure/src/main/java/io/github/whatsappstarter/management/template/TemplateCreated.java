package io.github.whatsappstarter.management.template;

import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a template creation.
 *
 * @param id the new template's id
 * @param status the status it starts in, usually {@link TemplateStatus#PENDING} or
 * {@link TemplateStatus#APPROVED}
 * @param statusValue the status as Meta sent it
 * @param category the category Meta assigned (it may differ from the one asked for)
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record TemplateCreated(String id, TemplateStatus status, @Nullable String statusValue,
		TemplateCategory category) {

}
