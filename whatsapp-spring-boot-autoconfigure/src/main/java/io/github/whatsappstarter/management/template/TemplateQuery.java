package io.github.whatsappstarter.management.template;

import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.management.ManagementChecks;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging of a template list ({@code name}, {@code status}, {@code category},
 * {@code language}, {@code limit}, {@code after}). Immutable: every method returns a copy. Graph
 * matches {@code name} loosely, so {@link MessageTemplateOperations#get(String, String)} checks the
 * exact name itself.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class TemplateQuery {

	/** The page size Graph uses when none is given. */
	public static final int DEFAULT_LIMIT = 25;

	/** The largest page size this client asks for (Meta documents none). */
	public static final int MAX_LIMIT = 1000;

	private static final ManagementChecks checks = new ManagementChecks("template query");

	private final @Nullable String name;

	private final @Nullable TemplateStatus status;

	private final @Nullable TemplateCategory category;

	private final @Nullable String language;

	private final int limit;

	private final @Nullable String after;

	private TemplateQuery(@Nullable String name, @Nullable TemplateStatus status, @Nullable TemplateCategory category,
			@Nullable String language, int limit, @Nullable String after) {
		this.name = name;
		this.status = status;
		this.category = category;
		this.language = language;
		this.limit = limit;
		this.after = after;
	}

	/**
	 * Every template, in pages of {@value #DEFAULT_LIMIT}.
	 * @return the query
	 */
	public static TemplateQuery all() {
		return new TemplateQuery(null, null, null, null, DEFAULT_LIMIT, null);
	}

	/**
	 * Only templates whose name matches.
	 * @param name the name
	 * @return a copy
	 */
	public TemplateQuery name(String name) {
		return new TemplateQuery(checks.required(name, "name"), this.status, this.category, this.language,
				this.limit, this.after);
	}

	/**
	 * Only templates in this status.
	 * @param status the status, not {@link TemplateStatus#UNKNOWN}
	 * @return a copy
	 */
	public TemplateQuery status(TemplateStatus status) {
		checks.check(status != null && status != TemplateStatus.UNKNOWN, "status", "must be a known status");
		return new TemplateQuery(this.name, status, this.category, this.language, this.limit, this.after);
	}

	/**
	 * Only templates of this category.
	 * @param category the category, not {@link TemplateCategory#UNKNOWN}
	 * @return a copy
	 */
	public TemplateQuery category(TemplateCategory category) {
		checks.check(category != null && category != TemplateCategory.UNKNOWN, "category",
				"must be a known category");
		return new TemplateQuery(this.name, this.status, category, this.language, this.limit, this.after);
	}

	/**
	 * Only templates in this language.
	 * @param language the language code, e.g. {@code en_US}
	 * @return a copy
	 */
	public TemplateQuery language(String language) {
		return new TemplateQuery(this.name, this.status, this.category, checks.required(language, "language"),
				this.limit, this.after);
	}

	/**
	 * Sets the page size.
	 * @param limit 1 to {@value #MAX_LIMIT}
	 * @return a copy
	 */
	public TemplateQuery limit(int limit) {
		checks.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
		return new TemplateQuery(this.name, this.status, this.category, this.language, limit, this.after);
	}

	/**
	 * Starts after this cursor ({@link io.github.whatsappstarter.management.GraphPage#after()}).
	 * @param after the cursor, or {@code null} for the first page
	 * @return a copy
	 */
	public TemplateQuery after(@Nullable String after) {
		return new TemplateQuery(this.name, this.status, this.category, this.language, this.limit, after);
	}

	/**
	 * Returns the exact name asked for, if any.
	 * @return the name, or {@code null}
	 */
	public @Nullable String getName() {
		return this.name;
	}

	GraphRequest apply(GraphRequest request) {
		return request.query("name", this.name)
			.query("status", this.status)
			.query("category", this.category)
			.query("language", this.language)
			.query("limit", this.limit)
			.query("after", this.after);
	}

	@Override
	public String toString() {
		return "TemplateQuery[name=" + this.name + ", status=" + this.status + ", category=" + this.category
				+ ", language=" + this.language + ", limit=" + this.limit + "]";
	}

}
