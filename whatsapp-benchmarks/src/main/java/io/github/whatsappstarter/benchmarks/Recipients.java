package io.github.whatsappstarter.benchmarks;

import java.util.Locale;

/**
 * Distinct, valid E.164 recipient numbers for the scenarios.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class Recipients {

	private Recipients() {
	}

	static String number(int prefix, int index) {
		return String.format(Locale.ROOT, "1%03d%08d", prefix, index);
	}

}
