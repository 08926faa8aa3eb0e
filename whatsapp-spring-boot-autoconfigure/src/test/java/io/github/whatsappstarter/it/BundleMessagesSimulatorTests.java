package io.github.whatsappstarter.it;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.autoconfigure.WhatsAppAutoConfiguration;
import io.github.whatsappstarter.autoconfigure.bundling.WhatsAppBundlingAutoConfiguration;
import io.github.whatsappstarter.bundling.BundleMessages;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link BundleMessages} methods bundle by scope: their texts go out when the method returns.
 */
class BundleMessagesSimulatorTests {

	private static final String TO = "15550004444";

	private final WhatsAppSimulator simulator = WhatsAppSimulator.start();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AopAutoConfiguration.class, WhatsAppAutoConfiguration.class,
				WhatsAppBundlingAutoConfiguration.class))
		.withPropertyValues("whatsapp.phone-number-id=" + this.simulator.phoneNumberId(),
				"whatsapp.access-token=" + this.simulator.accessToken(),
				"whatsapp.api.base-url=" + this.simulator.baseUrl(), "whatsapp.bundling.enabled=true",
				"whatsapp.bundling.window=60s")
		.withBean(Greeter.class);

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void textsSentInAnAnnotatedMethodGoOutTogetherWhenItReturnsWithoutWaitingForTheWindow() {
		this.runner.run((context) -> {
			List<CompletableFuture<SendResult>> sends = context.getBean(Greeter.class).greet(TO);
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
			assertThat(this.simulator.recorder().records()).singleElement()
				.satisfies((record) -> assertThat(body(record.body())).isEqualTo("Hi\n\nWelcome"));
			assertThat(sends).allSatisfy((send) -> assertThat(send.join().bundledCount()).isEqualTo(2));
		});
	}

	@Test
	void synchronousSendInAnAnnotatedMethodTakesTheHeldTextsAlong() {
		this.runner.run((context) -> {
			SendResult result = context.getBean(Greeter.class).greetAndWait(TO);
			assertThat(result.bundledCount()).isEqualTo(3);
			assertThat(this.simulator.recorder().records()).singleElement()
				.satisfies((record) -> assertThat(body(record.body())).isEqualTo("a\n\nb\n\nc"));
		});
	}

	private static String body(String json) {
		return JsonMapper.builder().build().readTree(json).path("text").path("body").asString();
	}

	static class Greeter {

		private final WhatsAppOperations operations;

		Greeter(WhatsAppOperations operations) {
			this.operations = operations;
		}

		@BundleMessages
		public List<CompletableFuture<SendResult>> greet(String to) {
			return List.of(this.operations.sendAsync(WhatsAppMessage.text(to, "Hi")),
					this.operations.sendAsync(WhatsAppMessage.text(to, "Welcome")));
		}

		@BundleMessages
		public SendResult greetAndWait(String to) {
			this.operations.sendAsync(WhatsAppMessage.text(to, "a"));
			this.operations.sendAsync(WhatsAppMessage.text(to, "b"));
			return this.operations.send(to, "c");
		}

	}

}
