package io.github.whatsappstarter.management;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.management.template.MessageTemplate;
import io.github.whatsappstarter.management.template.MessageTemplateOperations;
import io.github.whatsappstarter.management.template.TemplateButtonDefinition;
import io.github.whatsappstarter.management.template.TemplateCategory;
import io.github.whatsappstarter.management.template.TemplateCreated;
import io.github.whatsappstarter.management.template.TemplateDefinition;
import io.github.whatsappstarter.management.template.TemplateHeader;
import io.github.whatsappstarter.management.template.TemplateQuery;
import io.github.whatsappstarter.management.template.TemplateStatus;
import io.github.whatsappstarter.message.TemplateParameter;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.test.WhatsAppSimulatorExtension;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.GraphError;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code whatsApp.templates()} against the simulator over real HTTP on 127.0.0.1.
 */
class TemplateManagementSimulatorTests {

	private static final String TO = "+15550001111";

	@RegisterExtension
	static final WhatsAppSimulatorExtension simulatorExtension = WhatsAppSimulatorExtension
		.withConfig(SimulatorConfig.builder().limitsEnabled(false).build());

	private static WhatsAppSimulator simulator;

	private WhatsAppTemplate whatsApp;

	private MessageTemplateOperations templates;

	@BeforeEach
	void reset() {
		simulator = simulatorExtension.simulator();
		this.whatsApp = WhatsAppTemplate.builder(ManagementClients.client(simulator), simulator.phoneNumberId())
			.businessAccountId(simulator.businessAccountId())
			.build();
		this.templates = this.whatsApp.templates();
	}

	@AfterEach
	void close() {
		this.whatsApp.close();
	}

	static TemplateDefinition orderUpdate(String name) {
		return TemplateDefinition.builder(name, "en_US", TemplateCategory.UTILITY)
			.header(TemplateHeader.text("Order {{1}}", "42"))
			.body("Hi {{1}}, your order {{2}} has shipped.", "Ada", "42")
			.footer("Reply STOP to opt out")
			.buttons(TemplateButtonDefinition.quickReply("Track"), TemplateButtonDefinition.quickReply("Help"),
					TemplateButtonDefinition.url("Open", "https://example.com/o/{{1}}", "https://example.com/o/42"))
			.build();
	}

	@Test
	void aCreatedTemplateIsListedApprovedAndCanBeSentWithItsParameters() {
		TemplateCreated created = this.templates.create(orderUpdate("order_update"));

		assertThat(created.status()).isEqualTo(TemplateStatus.APPROVED);
		assertThat(created.category()).isEqualTo(TemplateCategory.UTILITY);
		MessageTemplate listed = this.templates.get("order_update", "en_US").orElseThrow();
		assertThat(listed.id()).isEqualTo(created.id());
		assertThat(listed.bodyText()).isEqualTo("Hi {{1}}, your order {{2}} has shipped.");
		assertThat(this.whatsApp
			.send(WhatsAppMessage.template(TO, "order_update", "en_US")
				.body(TemplateParameter.text("Ada"), TemplateParameter.text("42"))
				.build())
			.messageId()).startsWith("wamid.");
		// the approved template checks its parameters: one of two is Meta's 132000, not retried
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.whatsApp.send(WhatsAppMessage.template(TO, "order_update", "en_US")
				.body(TemplateParameter.text("Ada"))
				.build()))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(132000));
	}

	@Test
	void aPendingTemplateCannotBeSentUntilItIsApproved() {
		simulator.templates().reviewNewTemplatesAs("PENDING");
		assertThat(this.templates.create(orderUpdate("order_update")).status()).isEqualTo(TemplateStatus.PENDING);
		WhatsAppMessage message = WhatsAppMessage.template(TO, "order_update", "en_US")
			.body(TemplateParameter.text("Ada"), TemplateParameter.text("42"))
			.build();

		assertThatExceptionOfType(WhatsAppClientException.class).isThrownBy(() -> this.whatsApp.send(message))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(132001));

		simulator.templates().status("order_update", "en_US", "APPROVED");
		assertThat(this.templates.get("order_update", "en_US").orElseThrow().status())
			.isEqualTo(TemplateStatus.APPROVED);
		assertThat(this.whatsApp.send(message).messageId()).startsWith("wamid.");
	}

	@Test
	void aStatusMetaAddedAfterThisReleaseIsUnknownButKeepsItsRawValue() {
		this.templates.create(orderUpdate("order_update"));
		simulator.templates().status("order_update", "en_US", "IN_REVIEW_BY_AI");

		MessageTemplate template = this.templates.list().items().get(0);

		assertThat(template.status()).isEqualTo(TemplateStatus.UNKNOWN);
		assertThat(template.statusValue()).isEqualTo("IN_REVIEW_BY_AI");
		assertThat(template.status().isSendable()).isFalse();
	}

	@Test
	void pagesFollowTheAfterCursorAndTheStreamReadsEveryPage() {
		for (int i = 0; i < 5; i++) {
			this.templates.create(orderUpdate("order_update_" + i));
		}
		GraphPage<MessageTemplate> first = this.templates.list(TemplateQuery.all().limit(2));
		GraphPage<MessageTemplate> second = this.templates.list(TemplateQuery.all().limit(2).after(first.after()));

		assertThat(first.items()).extracting(MessageTemplate::name).containsExactly("order_update_0", "order_update_1");
		assertThat(second.items()).extracting(MessageTemplate::name).containsExactly("order_update_2", "order_update_3");
		simulator.recorder().clear();
		assertThat(this.templates.stream(TemplateQuery.all().limit(2)).map(MessageTemplate::name))
			.containsExactly("order_update_0", "order_update_1", "order_update_2", "order_update_3", "order_update_4");
		assertThat(simulator.recorder().managementCalls()).hasSize(3);
	}

	@Test
	void filtersReachGraphAndGetByNameKeepsOnlyTheExactName() {
		this.templates.create(orderUpdate("order_update"));
		this.templates.create(orderUpdate("order_update_v2"));
		this.templates.create(TemplateDefinition.builder("order_update", "de", TemplateCategory.UTILITY)
			.body("Hallo {{1}}", "Ada")
			.build());

		assertThat(this.templates.get("order_update")).extracting(MessageTemplate::language)
			.containsExactlyInAnyOrder("en_US", "de");
		assertThat(this.templates.list(TemplateQuery.all().language("de")).items()).singleElement()
			.extracting(MessageTemplate::name)
			.isEqualTo("order_update");
		assertThat(this.templates.get("order_update", "fr")).isEmpty();
	}

	@Test
	void deleteRemovesEveryLanguageOfANameOrOnlyTheOneWithItsId() {
		String english = this.templates.create(orderUpdate("order_update")).id();
		this.templates.create(TemplateDefinition.builder("order_update", "de", TemplateCategory.UTILITY)
			.body("Hallo {{1}}", "Ada")
			.build());

		this.templates.delete("order_update", english);
		assertThat(this.templates.get("order_update")).extracting(MessageTemplate::language).containsExactly("de");

		this.templates.delete("order_update");
		assertThat(this.templates.get("order_update")).isEmpty();
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.templates.delete("order_update"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(100));
	}

	@Test
	void aNamedTemplateIsCreatedWithItsNamedExamples() {
		TemplateCreated created = this.templates.create(TemplateDefinition
			.builder("coupon_named", "en_US", TemplateCategory.MARKETING)
			.bodyNamed("Hi {{first_name}}, use {{code}}.", java.util.Map.of("first_name", "Ada", "code", "25OFF"))
			.buttons(TemplateButtonDefinition.copyCode("25OFF"))
			.build());

		assertThat(created.category()).isEqualTo(TemplateCategory.MARKETING);
		assertThat(simulator.recorder().records()).isEmpty();
		assertThat(this.templates.get("coupon_named", "en_US")).isPresent();
	}

	static Stream<Arguments> invalidDefinitions() {
		return Stream.of(
				invalid("name", () -> TemplateDefinition.builder("Order-Update", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.build()),
				invalid("name", () -> TemplateDefinition.builder("a".repeat(513), "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.build()),
				invalid("language", () -> TemplateDefinition.builder("t", "English", TemplateCategory.UTILITY)
					.body("Hi")
					.build()),
				invalid("category", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UNKNOWN)
					.body("Hi")
					.build()),
				invalid("components.body.text", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("x".repeat(1025))
					.build()),
				invalid("components.body.text", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi {{1}}, order {{3}}", "Ada", "42")
					.build()),
				invalid("components.body.example", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi {{1}}, order {{2}}", "Ada")
					.build()),
				invalid("components.body.text", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi {{name}}", "Ada")
					.build()),
				invalid("components.header.text", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.UTILITY)
					.header(TemplateHeader.text("{{1}} and {{2}}", "a"))
					.body("Hi")
					.build()),
				invalid("components.footer.text", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.footer("f".repeat(61))
					.build()),
				invalid("components.buttons", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.buttons(Stream.generate(() -> TemplateButtonDefinition.quickReply("Yes"))
						.limit(11)
						.toArray(TemplateButtonDefinition[]::new))
					.build()),
				invalid("components.buttons", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.buttons(TemplateButtonDefinition.url("A", "https://a.example"),
							TemplateButtonDefinition.url("B", "https://b.example"),
							TemplateButtonDefinition.url("C", "https://c.example"))
					.build()),
				invalid("components.buttons", () -> TemplateDefinition.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.buttons(TemplateButtonDefinition.quickReply("Yes"),
							TemplateButtonDefinition.url("A", "https://a.example"),
							TemplateButtonDefinition.quickReply("No"))
					.build()),
				invalid("components.buttons[0].text", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.buttons(TemplateButtonDefinition.quickReply("x".repeat(26)))
					.build()),
				invalid("components.buttons[0].url", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.UTILITY)
					.body("Hi")
					.buttons(TemplateButtonDefinition.url("Open", "ftp://example.com"))
					.build()),
				invalid("components.buttons[0].example", () -> TemplateDefinition
					.builder("t", "en_US", TemplateCategory.MARKETING)
					.body("Hi")
					.buttons(TemplateButtonDefinition.copyCode("SIXTEEN_CHARS_XX"))
					.build()));
	}

	private static Arguments invalid(String field, Supplier<TemplateDefinition> definition) {
		return Arguments.of(field, definition);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDefinitions")
	void anInvalidDefinitionFailsNamingTheFieldBeforeAnyCall(String field, Supplier<TemplateDefinition> definition) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(definition::get)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
		assertThat(simulator.recorder().managementCalls()).isEmpty();
	}

	@Test
	void aGraphRateLimitAnswerIsAnApiRateLimitExceptionWithRetryAfterAndIsNotRetried() {
		simulator.faults()
			.inject(Fault.graphError(GraphError.of(80007, "WhatsApp Business Account rate limit hit"))
				.withHeader("X-Business-Use-Case-Usage",
						"{\"" + simulator.businessAccountId() + "\":[{\"type\":\"whatsapp_business_management\","
								+ "\"call_count\":100,\"estimated_time_to_regain_access\":7}]}")
				.times(1));

		assertThatExceptionOfType(ApiRateLimitException.class).isThrownBy(() -> this.templates.list())
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(80007);
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(7));
				assertThat(ex.getMessage()).doesNotContain(simulator.accessToken());
			});
		assertThat(simulator.recorder().managementCalls()).hasSize(1);
		assertThat(this.templates.list().items()).isEmpty();
	}

	@Test
	void atMetaLikeLatencyTheStreamFetchesOnlyThePagesTheCallerReaches() {
		for (int i = 0; i < 6; i++) {
			this.templates.create(orderUpdate("order_update_" + i));
		}
		simulator.recorder().clear();
		simulator.latency(Latency.fixed(Duration.ofMillis(300)));

		long start = System.nanoTime();
		List<String> names = this.templates.stream(TemplateQuery.all().limit(2))
			.limit(3)
			.map(MessageTemplate::name)
			.toList();

		assertThat(names).containsExactly("order_update_0", "order_update_1", "order_update_2");
		assertThat(simulator.recorder().managementCalls()).hasSize(2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
	}

	@Test
	void withoutABusinessAccountIdTemplatesFailNamingTheProperty() {
		CloudApiClient client = ManagementClients.client(simulator);
		try (WhatsAppTemplate noAccount = WhatsAppTemplate.builder(client, simulator.phoneNumberId()).build()) {
			assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(noAccount::templates)
				.satisfies((ex) -> assertThat(ex.getMessage()).contains("whatsapp.business-account-id"));
		}
	}

}
