package io.github.whatsappstarter.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.SpamRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import io.github.whatsappstarter.error.WhatsAppTransportException;
import io.github.whatsappstarter.message.ButtonSubType;
import io.github.whatsappstarter.message.CarouselCard;
import io.github.whatsappstarter.message.ListRow;
import io.github.whatsappstarter.message.MarkAsRead;
import io.github.whatsappstarter.message.MediaSource;
import io.github.whatsappstarter.message.MessageJson;
import io.github.whatsappstarter.message.ProductSection;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TemplateParameter;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.InMemoryMessagingLimitGuard;
import io.github.whatsappstarter.ratelimit.MessagingLimitExceededException;
import io.github.whatsappstarter.test.WhatsAppSimulatorExtension;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sends every message type and every error class through {@link WhatsAppTemplate} to the
 * simulator over real HTTP on 127.0.0.1.
 */
class WhatsAppTemplateSimulatorTests {

	private static final String TO = "+15550001111";

	private static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final WhatsAppSimulatorExtension simulatorExtension = WhatsAppSimulatorExtension
		.withConfig(SimulatorConfig.builder().limitsEnabled(false).build());

	private static WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	@BeforeEach
	void reset() {
		simulator = simulatorExtension.simulator();
		this.template = WhatsAppTemplate.builder(SimulatorClients.client(simulator), simulator.phoneNumberId())
			.build();
	}

	static Stream<WhatsAppMessage> everyMessageType() {
		MediaSource image = MediaSource.id("1234567890");
		return Stream.of(WhatsAppMessage.text(TO, "Your order has shipped: https://example.com/t/42").withPreviewUrl(true),
				WhatsAppMessage.text(TO, "Yes").replyingTo("wamid.ABC"),
				WhatsAppMessage.template(TO, "shipping_update", "en_US")
					.header(TemplateParameter.image(image))
					.body(TemplateParameter.text("Ada"), TemplateParameter.currency("$12.50", "USD", 12500),
							TemplateParameter.dateTime("June 3, 2026"))
					.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("TRACK"))
					.build(),
				WhatsAppMessage.image(TO, MediaSource.link("https://example.com/a.png")).withCaption("A picture"),
				WhatsAppMessage.audio(TO, MediaSource.id("555")), WhatsAppMessage.video(TO, MediaSource.id("556")),
				WhatsAppMessage.document(TO, MediaSource.id("998877"))
					.withFilename("receipt.pdf")
					.withCaption("Receipt for order 42"),
				WhatsAppMessage.sticker(TO, MediaSource.id("557")),
				WhatsAppMessage.buttons(TO, "Deliver tomorrow?")
					.footer("Reply below")
					.button("ok", "Yes")
					.button("later", "Pick a day")
					.build(),
				WhatsAppMessage.list(TO, "Choose a slot", "Slots")
					.section("Tomorrow", ListRow.of("am", "Morning", "08:00-12:00"))
					.build(),
				WhatsAppMessage.ctaUrl(TO, "See your order", "Open", "https://example.com/o/42"),
				WhatsAppMessage.location(TO, 52.52, 13.405), WhatsAppMessage.reaction(TO, "wamid.ABC", "\uD83D\uDC4D"),
				WhatsAppMessage.audio(TO, MediaSource.id("558")).asVoice());
	}

	static Stream<WhatsAppMessage> templatesAsMetaDefinesThemToday() {
		MediaSource image = MediaSource.id("1234567890");
		return Stream.of(
				WhatsAppMessage.template(TO, "coupon_code_fall2023_25off", "en_US")
					.body(TemplateParameter.named("coupon_code", "25OFF"), TemplateParameter.named("discount", "25%"))
					.button(ButtonSubType.COPY_CODE, 1, TemplateParameter.couponCode("25OFF"))
					.build(),
				WhatsAppMessage.template(TO, "limited_time_offer", "en_US")
					.header(TemplateParameter.image(image))
					.limitedTimeOffer(Instant.parse("2026-12-31T23:59:59Z"))
					.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.couponCode("CARIBE25"))
					.button(ButtonSubType.URL, 1, TemplateParameter.text("n3mtql"))
					.build(),
				WhatsAppMessage.template(TO, "summer_carousel", "en_US")
					.body(TemplateParameter.text("20OFF"))
					.carousel(CarouselCard.builder(0, TemplateParameter.image(image))
						.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("a"))
						.build(),
							CarouselCard.builder(1, TemplateParameter.image(MediaSource.link("https://example.com/b.png")))
								.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("b"))
								.build())
					.build(),
				WhatsAppMessage.template(TO, "sign_up", "en_US")
					.button(ButtonSubType.FLOW, 0,
							TemplateParameter.flowAction("token-1", Map.of("screen", "WELCOME_SCREEN")))
					.build(),
				WhatsAppMessage.template(TO, "intro_catalog_offer", "en_US")
					.button(ButtonSubType.CATALOG, 0, TemplateParameter.catalogAction("2lc20305pt"))
					.build(),
				WhatsAppMessage.template(TO, "abandoned_cart", "en_US")
					.button(ButtonSubType.MPM, 0,
							TemplateParameter.productListAction("2lc20305pt", ProductSection.of(null, "nseiw1x5ws")))
					.build(),
				WhatsAppMessage.template(TO, "order_delivery_update", "en_US")
					.header(TemplateParameter.location(37.483307, -122.148981, "HQ", "1 Hacker Way"))
					.body(TemplateParameter.named("order_number", "ORD-12345"))
					.build(),
				WhatsAppMessage.template(TO, "invoice", "en_US")
					.header(TemplateParameter.document(MediaSource.id("998877"), "invoice-42.pdf"))
					.build());
	}

	@ParameterizedTest
	@MethodSource("templatesAsMetaDefinesThemToday")
	void sendsTodaysTemplateComponentsThroughTheSimulatorUnchanged(WhatsAppMessage message) {
		sendsEveryMessageTypeAsExactlyTheSerialisedJsonAndParsesTheResult(message);
	}

	@ParameterizedTest
	@MethodSource("everyMessageType")
	void sendsEveryMessageTypeAsExactlyTheSerialisedJsonAndParsesTheResult(WhatsAppMessage message) {
		SendResult result = this.template.send(message);

		List<RequestRecord> records = simulator.recorder().records();
		assertThat(records).hasSize(1);
		RequestRecord received = records.get(0);
		assertThat(received.accepted()).as("simulator outcome for %s", received.body()).isTrue();
		assertThat(json.readTree(received.body())).isEqualTo(json.readTree(MessageJson.write(message)));
		assertThat(received.type()).isEqualTo(message.type().value());
		assertThat(result.messageId()).isEqualTo(received.wamid()).startsWith("wamid.");
		assertThat(result.waId()).isEqualTo("15550001111");
		assertThat(result.messageStatus()).isEqualTo("accepted");
		assertThat(result.bundled()).isFalse();
	}

	@Test
	void sendsFromAnotherPhoneNumberPerCall() {
		this.template.from("200000000000002").send(TO, "hello");
		this.template.send("300000000000003", WhatsAppMessage.text(TO, "hi"));
		assertThat(simulator.recorder().records()).extracting(RequestRecord::phoneNumberId)
			.containsExactly("200000000000002", "300000000000003");
	}

	@Test
	void messagingLimitGuardStopsTheNextUniqueTemplateRecipientBeforeAnythingIsSent() {
		WhatsAppTemplate guarded = WhatsAppTemplate.builder(SimulatorClients.client(simulator), simulator.phoneNumberId())
			.messagingLimitGuard(new InMemoryMessagingLimitGuard(2, Duration.ofHours(24), Clock.systemUTC()))
			.build();
		guarded.send(WhatsAppMessage.template("15550000001", "hello", "en_US").build());
		guarded.send(WhatsAppMessage.template("15550000002", "hello", "en_US").build());
		guarded.send(WhatsAppMessage.template("15550000001", "hello", "en_US").build());
		guarded.send(WhatsAppMessage.text("15550000003", "a reply inside the service window is not counted"));
		assertThatExceptionOfType(MessagingLimitExceededException.class)
			.isThrownBy(() -> guarded.send(WhatsAppMessage.template("15550000003", "hello", "en_US").build()));
		assertThat(simulator.recorder().records()).hasSize(4);
	}

	@Test
	void marksInboundMessagesAsRead() {
		this.template.markAsRead(simulator.phoneNumberId(), MarkAsRead.of("wamid.IN1").withTypingIndicator());
		RequestRecord received = simulator.recorder().records().get(0);
		assertThat(json.readTree(received.body()).path("status").asString()).isEqualTo("read");
		assertThat(json.readTree(received.body()).path("typing_indicator").path("type").asString()).isEqualTo("text");
	}

	@Test
	void mapsPairRateErrorToItsTypedException() {
		assertSendFails(Fault.graphError(131056), PairRateLimitException.class, 131056);
	}

	@Test
	void mapsThroughputErrorToItsTypedException() {
		assertSendFails(Fault.graphError(130429), ThroughputLimitException.class, 130429);
	}

	@Test
	void mapsSpamErrorToItsTypedException() {
		assertSendFails(Fault.graphError(131048), SpamRateLimitException.class, 131048);
	}

	@Test
	void mapsExpiredTokenToAuthenticationException() {
		assertSendFails(Fault.expiredToken(), WhatsAppAuthenticationException.class, 190);
	}

	@Test
	void mapsInvalidParameterToClientException() {
		assertSendFails(Fault.graphError(100), WhatsAppClientException.class, 100);
	}

	@Test
	void mapsAnHtmlBadGatewayToOutcomeUnknown() {
		WhatsAppException ex = assertSendFails(Fault.badGateway(), WhatsAppOutcomeUnknownException.class, 0);
		assertThat(ex.getHttpStatus()).isEqualTo(502);
	}

	@Test
	void mapsAGraphServerErrorToServerException() {
		assertSendFails(Fault.serverError(), WhatsAppServerException.class, 131000);
	}

	@Test
	void wrongAccessTokenIsAnAuthenticationErrorThatDoesNotLeakTheToken() {
		CloudApiClient client = CloudApiClient.builder()
			.baseUrl(simulator.baseUrl())
			.accessToken("wrong-secret-token")
			.build();
		WhatsAppTemplate template = WhatsAppTemplate.builder(client, simulator.phoneNumberId()).build();
		assertThatExceptionOfType(WhatsAppAuthenticationException.class).isThrownBy(() -> template.send(TO, "hi"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("wrong-secret-token"));
	}

	@Test
	void timeoutAfterSendingIsOutcomeUnknown() {
		simulator.faults().inject(Fault.timeout().times(1));
		WhatsAppTemplate template = WhatsAppTemplate
			.builder(SimulatorClients.client(simulator, Duration.ofMillis(300)), simulator.phoneNumberId())
			.build();
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class).isThrownBy(() -> template.send(TO, "hi"))
			.withMessageContaining("timed out");
	}

	@Test
	void droppedConnectionAfterSendingIsOutcomeUnknown() {
		simulator.faults().inject(Fault.dropConnection().times(1));
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class).isThrownBy(() -> this.template.send(TO, "hi"));
	}

	@Test
	void malformedSuccessBodyIsOutcomeUnknown() {
		simulator.faults().inject(Fault.malformedJson().times(1));
		assertThatExceptionOfType(WhatsAppOutcomeUnknownException.class).isThrownBy(() -> this.template.send(TO, "hi"));
	}

	@Test
	void refusedConnectionIsATransportErrorSafeToRetry() {
		CloudApiClient client = CloudApiClient.builder()
			.baseUrl("http://127.0.0.1:1")
			.accessToken("token")
			.connectTimeout(Duration.ofSeconds(1))
			.build();
		WhatsAppTemplate template = WhatsAppTemplate.builder(client, "1").build();
		assertThatExceptionOfType(WhatsAppTransportException.class).isThrownBy(() -> template.send(TO, "hi"));
	}

	private WhatsAppException assertSendFails(Fault fault, Class<? extends WhatsAppException> type, int code) {
		simulator.faults().inject(fault.times(1));
		WhatsAppException ex = org.junit.jupiter.api.Assertions.assertThrows(WhatsAppException.class,
				() -> this.template.send(TO, "hi"));
		assertThat(ex).isExactlyInstanceOf(type);
		assertThat(ex.getCode()).isEqualTo(code);
		assertThat(ex.getRecipient()).isEqualTo(TO);
		assertThat(simulator.recorder().records()).hasSize(1);
		return ex;
	}

}
