package io.github.whatsappstarter.metrics;

import java.util.Locale;

import io.github.whatsappstarter.error.WhatsAppException;

/**
 * Turns a failure into a low-cardinality tag value: the exception's kind in snake case, e.g.
 * {@code pair_rate_limit} for {@code PairRateLimitException}, {@code client} for
 * {@code WhatsAppClientException}.
 */
final class Outcomes {

	static final String SUCCESS = "success";

	private Outcomes() {
	}

	static String of(Throwable failure) {
		String name = failure.getClass().getSimpleName();
		if (name.startsWith("WhatsApp")) {
			name = name.substring("WhatsApp".length());
		}
		if (name.endsWith("Exception") && name.length() > "Exception".length()) {
			name = name.substring(0, name.length() - "Exception".length());
		}
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	static String errorCode(Throwable failure) {
		if (failure instanceof WhatsAppException ex && ex.getCode() != 0) {
			return String.valueOf(ex.getCode());
		}
		return "none";
	}

}
