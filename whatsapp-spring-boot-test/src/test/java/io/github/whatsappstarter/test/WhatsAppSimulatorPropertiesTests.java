package io.github.whatsappstarter.test;

import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

@SpringJUnitConfig(WhatsAppSimulatorPropertiesTests.Config.class)
class WhatsAppSimulatorPropertiesTests {

	static final WhatsAppSimulator simulator = WhatsAppSimulator.start();

	@DynamicPropertySource
	static void whatsapp(DynamicPropertyRegistry registry) {
		WhatsAppSimulatorProperties.register(registry, simulator);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Value("${whatsapp.api.base-url}")
	String baseUrl;

	@Value("${whatsapp.phone-number-id}")
	String phoneNumberId;

	@Value("${whatsapp.access-token}")
	String accessToken;

	@Test
	void registersTheSimulatorsBaseUrlPhoneNumberIdAndToken() {
		assertThat(this.baseUrl).isEqualTo("http://127.0.0.1:" + simulator.port());
		assertThat(this.phoneNumberId).isEqualTo(simulator.phoneNumberId());
		assertThat(this.accessToken).isEqualTo(simulator.accessToken());
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
