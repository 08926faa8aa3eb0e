package io.github.whatsappstarter.management.template;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional header of a template being created: text (at most one placeholder), media (an
 * uploaded asset handle as example) or a location.
 *
 * @param format {@code TEXT}, {@code IMAGE}, {@code VIDEO}, {@code DOCUMENT} or {@code LOCATION}
 * @param text the text of a text header, else {@code null}
 * @param examples the example for the text header's placeholder (0 or 1 values; for a named
 * placeholder the name and the value), or the media handle
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record TemplateHeader(String format, @Nullable String text, List<String> examples) {

	/**
	 * Creates a header.
	 * @param format the format
	 * @param text the text of a text header
	 * @param examples the examples or the media handle
	 */
	public TemplateHeader {
		examples = List.copyOf(examples);
	}

	/**
	 * A text header, at most 60 characters, with {@code {{1}}} and its example or no placeholder.
	 * @param text the text
	 * @param example the example for {@code {{1}}}, if the text has it
	 * @return the header
	 */
	public static TemplateHeader text(String text, String... example) {
		return new TemplateHeader("TEXT", text, List.of(example));
	}

	/**
	 * A text header with one named placeholder, for {@link ParameterFormat#NAMED} templates.
	 * @param text the text, e.g. {@code Sale starts {{sale_date}}}
	 * @param name the placeholder's name, e.g. {@code sale_date}
	 * @param example its example value
	 * @return the header
	 */
	public static TemplateHeader textNamed(String text, String name, String example) {
		return new TemplateHeader("TEXT_NAMED", text, List.of(name, example));
	}

	/**
	 * An image header.
	 * @param handle the example asset's handle from the Resumable Upload API, e.g. {@code 4::aW...}
	 * @return the header
	 */
	public static TemplateHeader image(String handle) {
		return new TemplateHeader("IMAGE", null, List.of(handle));
	}

	/**
	 * A video header.
	 * @param handle the example asset's handle
	 * @return the header
	 */
	public static TemplateHeader video(String handle) {
		return new TemplateHeader("VIDEO", null, List.of(handle));
	}

	/**
	 * A document header.
	 * @param handle the example asset's handle
	 * @return the header
	 */
	public static TemplateHeader document(String handle) {
		return new TemplateHeader("DOCUMENT", null, List.of(handle));
	}

	/**
	 * A location header (utility and marketing templates); the location is sent with each message.
	 * @return the header
	 */
	public static TemplateHeader location() {
		return new TemplateHeader("LOCATION", null, List.of());
	}

}
