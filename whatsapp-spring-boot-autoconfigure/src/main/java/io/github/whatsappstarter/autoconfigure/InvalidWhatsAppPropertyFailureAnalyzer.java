package io.github.whatsappstarter.autoconfigure;

import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidWhatsAppPropertyException} into a start-up report that names the property
 * and how to set it.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
class InvalidWhatsAppPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidWhatsAppPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidWhatsAppPropertyException cause) {
		String description = "The WhatsApp starter cannot start: property '" + cause.getProperty() + "' "
				+ cause.getProblem() + ".";
		String action = "Set '" + cause.getProperty() + "' in application.yml or as the environment variable "
				+ cause.getProperty().toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "")
				+ ", or switch the feature off with '" + switchFor(cause.getProperty()) + "=false'.";
		return new FailureAnalysis(description, action, cause);
	}

	private static String switchFor(String property) {
		String group = property.substring(0, Math.max(property.lastIndexOf('.'), 0));
		return (group.isEmpty() ? WhatsAppProperties.PREFIX : group) + ".enabled";
	}

}
