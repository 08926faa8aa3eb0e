package io.github.whatsappstarter.autoconfigure;

import java.io.ByteArrayOutputStream;

import io.github.whatsappstarter.autoconfigure.retry.WhatsAppRetryAutoConfiguration;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.media.MediaClient;
import io.github.whatsappstarter.media.MediaUpload;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code whatsApp.media()} of the auto-configured template: wired to a {@link MediaClient} on Boot's
 * {@code RestClient.Builder}, working against the simulator, replaceable by the user's own client.
 */
class WhatsAppMediaAutoConfigurationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };

	private static WhatsAppSimulator simulator;

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class, WhatsAppAutoConfiguration.class,
					WhatsAppRetryAutoConfiguration.class))
			.withPropertyValues("whatsapp.phone-number-id=" + simulator.phoneNumberId(),
					"whatsapp.access-token=" + simulator.accessToken(), "whatsapp.api.base-url=" + simulator.baseUrl(),
					"whatsapp.rate-limit.enabled=false");
	}

	@BeforeAll
	static void start() {
		simulator = WhatsAppSimulator.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void uploadsAndDownloadsThroughTheAutoConfiguredTemplate() {
		runner().run((context) -> {
			assertThat(context).hasSingleBean(MediaClient.class);
			WhatsAppOperations whatsApp = context.getBean(WhatsAppOperations.class);
			String id = whatsApp.media().upload(MediaUpload.of(PNG, "image/png"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			whatsApp.media().download(id, out);
			assertThat(out.toByteArray()).isEqualTo(PNG);
			assertThat(whatsApp.from("100000000000002").media().getPhoneNumberId()).isEqualTo("100000000000002");
		});
	}

	@Test
	void usesTheApplicationsOwnMediaClient() {
		MediaClient own = MediaClient.builder().baseUrl(simulator.baseUrl()).accessToken(simulator.accessToken()).build();
		runner().withBean(MediaClient.class, () -> own)
			.run((context) -> assertThat(context).getBean(MediaClient.class).isSameAs(own));
	}

	@Test
	void keepsTheAccessTokenOutOfTheMediaClientsToString() {
		runner().run((context) -> assertThat(context.getBean(MediaClient.class).toString())
			.doesNotContain(simulator.accessToken()));
	}

}
