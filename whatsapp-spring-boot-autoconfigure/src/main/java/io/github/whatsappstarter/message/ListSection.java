package io.github.whatsappstarter.message;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A titled group of rows in a list message. The title may only be omitted when the list has a
 * single section.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param title the title, at most {@value MessageLimits#LIST_SECTION_TITLE_MAX_LENGTH} characters,
 * or {@code null}
 * @param rows the rows, at least one
 */
public record ListSection(@Nullable String title, List<ListRow> rows) {

	public ListSection {
		title = MessageChecks.optionalText(title, "interactive.action.sections.title",
				MessageLimits.LIST_SECTION_TITLE_MAX_LENGTH);
		rows = MessageChecks.list(rows, "interactive.action.sections.rows", 1, MessageLimits.LIST_ROWS_MAX);
	}

}
