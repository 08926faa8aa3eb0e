package io.github.whatsappstarter.autoconfigure.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class named in the auto-configuration imports file exists and is an auto-configuration.
 */
class AutoConfigurationImportsTests {

	@Test
	void everyImportedClassLoadsAndIsAnAutoConfiguration() throws IOException, ClassNotFoundException {
		ClassPathResource imports = new ClassPathResource(
				"META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		List<String> names;
		try (InputStream in = imports.getInputStream()) {
			names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		assertThat(names).contains(WhatsAppRateLimitAutoConfiguration.class.getName());
		for (String name : names) {
			assertThat(Class.forName(name).isAnnotationPresent(AutoConfiguration.class)).as(name).isTrue();
		}
	}

}
