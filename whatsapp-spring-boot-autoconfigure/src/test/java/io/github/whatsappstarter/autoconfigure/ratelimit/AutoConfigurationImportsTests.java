package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.actuate.WhatsAppEndpointAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.campaign.WhatsAppCampaignAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.health.WhatsAppHealthContributorAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.metrics.WhatsAppMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.Configurations;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration imports file names exactly the starter's auto-configurations, and Boot
 * sorts them so that each runs after the ones whose beans its conditions look for.
 */
class AutoConfigurationImportsTests {

	@Test
	void everyImportedClassLoadsAndIsAnAutoConfiguration() throws IOException, ClassNotFoundException {
		List<String> names = importedNames();
		assertThat(names).contains(WhatsAppRateLimitAutoConfiguration.class.getName());
		for (String name : names) {
			assertThat(Class.forName(name).isAnnotationPresent(AutoConfiguration.class)).as(name).isTrue();
		}
	}

	@Test
	void everyAutoConfigurationOfTheStarterIsImported() throws IOException {
		Set<String> declared = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(WhatsAppAutoConfiguration.class.getPackageName())
			.stream()
			.filter((javaClass) -> javaClass.isAnnotatedWith(AutoConfiguration.class))
			.map(JavaClass::getName)
			.collect(Collectors.toSet());
		assertThat(importedNames()).containsExactlyInAnyOrderElementsOf(declared);
	}

	@Test
	void featuresAreConfiguredAfterTheBeansTheirConditionsLookFor() throws Exception {
		List<Class<?>> order = Arrays.asList(Configurations.getClasses(AutoConfigurations.of(importedClasses())));
		assertRunsBefore(order, WhatsAppAutoConfiguration.class, WhatsAppBundlingAutoConfiguration.class,
				WhatsAppCampaignAutoConfiguration.class, WhatsAppMetricsAutoConfiguration.class,
				WhatsAppEndpointAutoConfiguration.class, WhatsAppHealthContributorAutoConfiguration.class);
		assertRunsBefore(order, WhatsAppRateLimitAutoConfiguration.class, WhatsAppMetricsAutoConfiguration.class,
				WhatsAppEndpointAutoConfiguration.class, WhatsAppHealthContributorAutoConfiguration.class);
		assertRunsBefore(order, WhatsAppBundlingAutoConfiguration.class, WhatsAppCampaignAutoConfiguration.class,
				WhatsAppMetricsAutoConfiguration.class);
		assertRunsBefore(order, WhatsAppCampaignAutoConfiguration.class, WhatsAppMetricsAutoConfiguration.class,
				WhatsAppEndpointAutoConfiguration.class);
	}

	private static void assertRunsBefore(List<Class<?>> order, Class<?> first, Class<?>... later) {
		for (Class<?> next : later) {
			assertThat(order.indexOf(first)).as(first.getSimpleName() + " before " + next.getSimpleName())
				.isNotNegative()
				.isLessThan(order.indexOf(next));
		}
	}

	private static Class<?>[] importedClasses() throws IOException, ClassNotFoundException {
		List<String> names = importedNames();
		Class<?>[] classes = new Class<?>[names.size()];
		for (int i = 0; i < classes.length; i++) {
			classes[i] = Class.forName(names.get(i));
		}
		return classes;
	}

	private static List<String> importedNames() throws IOException {
		ClassPathResource imports = new ClassPathResource(
				"META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		try (InputStream in = imports.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
	}

}
