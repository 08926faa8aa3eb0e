package io.github.whatsappstarter.test.simulator;

import java.util.Map;

/**
 * A Graph API error as Meta answers it: code, HTTP status, "(#code) title" message and details.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param code the Graph error code
 * @param httpStatus the HTTP status of the answer
 * @param title the title that follows "(#code) " in the message
 * @param details the {@code error_data.details} text
 */
public record GraphError(int code, int httpStatus, String title, String details) {

	private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(0, "AuthException"),
			Map.entry(2, "Service temporarily unavailable"), Map.entry(4, "Too many calls"),
			Map.entry(100, "Invalid parameter"), Map.entry(190, "Access token has expired"),
			Map.entry(368, "Temporarily blocked for policies violations"), Map.entry(130429, "Rate limit hit"),
			Map.entry(130472, "User's number is part of an experiment"), Map.entry(131000, "Something went wrong"),
			Map.entry(131008, "Required parameter is missing"), Map.entry(131009, "Parameter value is not valid"),
			Map.entry(131016, "Service unavailable"), Map.entry(131026, "Message undeliverable"),
			Map.entry(131031, "Account has been locked"), Map.entry(131047, "Re-engagement message"),
			Map.entry(131048, "Spam rate limit hit"), Map.entry(131049, "Meta chose not to deliver"),
			Map.entry(131050, "User has stopped marketing messages"),
			Map.entry(131056, "(Business Account, Consumer Account) pair rate limit hit"),
			Map.entry(131057, "Account in maintenance mode"), Map.entry(131064, "Messaging limit reached"),
			Map.entry(131021, "Self block"), Map.entry(132000, "Number of parameters does not match"),
			Map.entry(132001, "Template name does not exist in the translation"),
			Map.entry(132015, "Template is paused"), Map.entry(132016, "Template is disabled"),
			Map.entry(139100, "Failed to block/unblock users"), Map.entry(139101, "Blocklist limit reached"));

	/**
	 * An error with Meta's usual title and HTTP status for the code (cloud-api.md §6.2).
	 * @param code the Graph code
	 * @param details the details text
	 * @return the error
	 */
	public static GraphError of(int code, String details) {
		return new GraphError(code, defaultHttpStatus(code), TITLES.getOrDefault(code, "Error"), details);
	}

	/**
	 * The same error answered with another HTTP status.
	 * @param status the HTTP status
	 * @return a copy
	 */
	public GraphError withHttpStatus(int status) {
		return new GraphError(this.code, status, this.title, this.details);
	}

	/**
	 * The {@code message} field.
	 * @return "(#code) title"
	 */
	public String message() {
		return "(#" + this.code + ") " + this.title;
	}

	static int defaultHttpStatus(int code) {
		if (code == 0 || code == 190) {
			return 401;
		}
		if (code == 10 || (code >= 200 && code <= 299) || code == 368 || code == 131031) {
			return 403;
		}
		if (code == 132001) {
			return 404;
		}
		if (code == 3 || code == 131000 || code == 131016 || code == 131045 || code == 131057) {
			return 500;
		}
		if (code == 2) {
			return 503;
		}
		return 400;
	}

}
