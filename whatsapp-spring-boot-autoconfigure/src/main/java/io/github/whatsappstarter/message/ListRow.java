package io.github.whatsappstarter.message;

import org.jspecify.annotations.Nullable;

/**
 * One selectable row of a list message; the id comes back in the webhook when chosen.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param id the id, at most {@value MessageLimits#LIST_ROW_ID_MAX_LENGTH} characters
 * @param title the title, at most {@value MessageLimits#LIST_ROW_TITLE_MAX_LENGTH} characters
 * @param description the description, at most {@value MessageLimits#LIST_ROW_DESCRIPTION_MAX_LENGTH}
 * characters, or {@code null}
 */
public record ListRow(String id, String title, @Nullable String description) {

	private static final String FIELD = "interactive.action.sections.rows";

	public ListRow {
		id = MessageChecks.text(id, FIELD + ".id", MessageLimits.LIST_ROW_ID_MAX_LENGTH);
		title = MessageChecks.text(title, FIELD + ".title", MessageLimits.LIST_ROW_TITLE_MAX_LENGTH);
		description = MessageChecks.optionalText(description, FIELD + ".description",
				MessageLimits.LIST_ROW_DESCRIPTION_MAX_LENGTH);
	}

	/**
	 * Creates a row.
	 * @param id the id
	 * @param title the title
	 * @param description the description, or {@code null}
	 * @return the row
	 */
	public static ListRow of(String id, String title, @Nullable String description) {
		return new ListRow(id, title, description);
	}

	/**
	 * Creates a row without a description.
	 * @param id the id
	 * @param title the title
	 * @return the row
	 */
	public static ListRow of(String id, String title) {
		return new ListRow(id, title, null);
	}

}
