package io.github.whatsappstarter.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that uses the WhatsApp starter the way a user would. By default it
 * runs against an embedded Cloud API simulator, so it needs no Meta account.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the application.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
