package io.github.whatsappstarter.archfixture.a;

import io.github.whatsappstarter.archfixture.b.CycleB;
import io.github.whatsappstarter.autoconfigure.WhatsAppProperties;

/**
 * A deliberately bad class for {@code ArchitectureTests}: part of a package cycle, a library class
 * using auto-configuration, and a case change without a locale.
 */
public class CycleA {

	CycleB other;

	WhatsAppProperties properties;

	String lower(String text) {
		return text.toLowerCase();
	}

}
