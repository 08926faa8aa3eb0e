package io.github.whatsappstarter.it;

import java.util.Map;
import java.util.stream.Stream;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.message.InteractiveHeader;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.WhatsAppSimulatorExtension;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sends each Flow, location request, address, product, product list and catalog message through
 * {@link WhatsAppTemplate} to the simulator, whose validator checks them as Meta does.
 */
class FlowAndCommerceSimulatorTests {

	private static final String TO = "+15550001111";

	@RegisterExtension
	static final WhatsAppSimulatorExtension simulatorExtension = WhatsAppSimulatorExtension
		.withConfig(SimulatorConfig.builder().limitsEnabled(false).build());

	private static WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	@BeforeEach
	void reset() {
		simulator = simulatorExtension.simulator();
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(simulator), simulator.phoneNumberId()).build();
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	static Stream<WhatsAppMessage> newInteractiveMessages() {
		return Stream.of(
				WhatsAppMessage.flow(TO, "Book your appointment", "Book now")
					.flowId("1197715005513101")
					.flowToken("t-1")
					.navigate("BOOKING", Map.of("slots", 3))
					.header(InteractiveHeader.text("Appointments"))
					.build(),
				WhatsAppMessage.flow(TO, "Sign up", "Sign up").flowName("signup").dataExchange().draft().build(),
				WhatsAppMessage.locationRequest(TO, "Share your pickup point"),
				WhatsAppMessage.address("+919876543210", "Delivery address?", "IN").withValues(Map.of("city", "Pune")),
				WhatsAppMessage.product(TO, "cat-1", "sku-1"),
				WhatsAppMessage.product(TO, "cat-1", "sku-1").withBody("Back in stock"),
				WhatsAppMessage.productList(TO, "Deals", "Pick", "cat-1").section("A", "s1", "s2").section("B", "s3").build(),
				WhatsAppMessage.catalog(TO, "Browse our catalog").withThumbnail("s1"));
	}

	@ParameterizedTest
	@MethodSource("newInteractiveMessages")
	void theSimulatorAcceptsEveryNewInteractiveType(WhatsAppMessage message) {
		assertThat(this.template.send(message).messageId()).startsWith("wamid.");
		assertThat(simulator.recorder().records()).singleElement()
			.satisfies((record) -> assertThat(record.type()).isEqualTo("interactive"));
	}

	@Test
	void invalidMessagesNeverReachTheWire() {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(() -> this.template
			.send(WhatsAppMessage.productList(TO, "h", "b", "c").section("A", "s").section(null, "t").build()));
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.template.send(WhatsAppMessage.address(TO, "b", "SG")));
		assertThat(simulator.recorder().records()).isEmpty();
	}

}
