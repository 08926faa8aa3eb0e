package io.github.whatsappstarter.management;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.management.blocking.BlockFailure;
import io.github.whatsappstarter.management.blocking.BlockResult;
import io.github.whatsappstarter.management.blocking.BlockedUser;
import io.github.whatsappstarter.management.phone.BusinessPhoneNumber;
import io.github.whatsappstarter.management.phone.NameStatus;
import io.github.whatsappstarter.management.phone.QualityRating;
import io.github.whatsappstarter.management.profile.BusinessProfile;
import io.github.whatsappstarter.management.profile.BusinessProfileUpdate;
import io.github.whatsappstarter.management.profile.BusinessVertical;
import io.github.whatsappstarter.ratelimit.MessagingTier;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code whatsApp.profile()}, {@code phoneNumbers()} and {@code blocking()} against the simulator
 * over real HTTP on 127.0.0.1.
 */
class ProfilePhoneNumberBlockingSimulatorTests {

	private static final String SECOND_NUMBER = "100000000000002";

	private static final String NOT_ON_WHATSAPP = "15559990000";

	/** 30 numbers: more than one page of 25. */
	private static final String[] NUMBERS = IntStream.rangeClosed(1, 30)
		.mapToObj((i) -> String.valueOf(100000000000000L + i))
		.toArray(String[]::new);

	private static WhatsAppSimulator simulator;

	private WhatsAppTemplate whatsApp;

	@BeforeAll
	static void startSimulator() {
		simulator = WhatsAppSimulator.start(SimulatorConfig.builder()
			.limitsEnabled(false)
			.registeredPhoneNumberIds(NUMBERS)
			.unknownRecipients(NOT_ON_WHATSAPP)
			.build());
	}

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
		this.whatsApp = WhatsAppTemplate.builder(ManagementClients.client(simulator), simulator.phoneNumberId())
			.businessAccountId(simulator.businessAccountId())
			.build();
	}

	@AfterEach
	void close() {
		this.whatsApp.close();
	}

	@Test
	void anUpdateChangesOnlyTheFieldsItSetsAndTheProfileReadsThemBack() {
		this.whatsApp.profile()
			.update(BusinessProfileUpdate.builder()
				.about("Succulent specialists!")
				.email("lucky@example.com")
				.websites("https://example.com", "http://example.org/shop")
				.vertical(BusinessVertical.RETAIL)
				.build());
		this.whatsApp.profile().update(BusinessProfileUpdate.builder().address("1 Hacker Way").build());

		BusinessProfile profile = this.whatsApp.profile().get();

		assertThat(profile.about()).isEqualTo("Succulent specialists!");
		assertThat(profile.address()).isEqualTo("1 Hacker Way");
		assertThat(profile.email()).isEqualTo("lucky@example.com");
		assertThat(profile.websites()).containsExactly("https://example.com", "http://example.org/shop");
		assertThat(profile.vertical()).isEqualTo(BusinessVertical.RETAIL);
		assertThat(simulator.recorder().records()).as("no message was sent").isEmpty();
	}

	@Test
	void anotherNumbersProfileIsThatNumbersOwn() {
		this.whatsApp.from(SECOND_NUMBER).profile().update(BusinessProfileUpdate.builder().about("Second").build());

		assertThat(this.whatsApp.from(SECOND_NUMBER).profile().get().about()).isEqualTo("Second");
		assertThat(this.whatsApp.profile().get().about()).isNotEqualTo("Second");
		assertThat(simulator.recorder().managementCalls()).contains("POST /" + SECOND_NUMBER + "/whatsapp_business_profile");
	}

	@Test
	void aVerticalMetaAddedAfterThisReleaseIsUnknownButKeepsItsRawValue() {
		simulator.businessProfileField(simulator.phoneNumberId(), "vertical", "SPACE_TRAVEL");

		BusinessProfile profile = this.whatsApp.profile().get();

		assertThat(profile.vertical()).isEqualTo(BusinessVertical.UNKNOWN);
		assertThat(profile.verticalValue()).isEqualTo("SPACE_TRAVEL");
	}

	static Stream<Arguments> invalidProfileUpdates() {
		return Stream.of(invalid("about", () -> BusinessProfileUpdate.builder().about("").build()),
				invalid("about", () -> BusinessProfileUpdate.builder().about("a".repeat(140)).build()),
				invalid("address", () -> BusinessProfileUpdate.builder().address("a".repeat(257)).build()),
				invalid("description", () -> BusinessProfileUpdate.builder().description("d".repeat(513)).build()),
				invalid("email", () -> BusinessProfileUpdate.builder().email("not-an-address").build()),
				invalid("email", () -> BusinessProfileUpdate.builder().email("a".repeat(120) + "@example.com").build()),
				invalid("websites", () -> BusinessProfileUpdate.builder()
					.websites("https://a.example", "https://b.example", "https://c.example")
					.build()),
				invalid("websites[1]", () -> BusinessProfileUpdate.builder()
					.websites("https://a.example", "ftp://b.example")
					.build()),
				invalid("websites[0]", () -> BusinessProfileUpdate.builder()
					.websites("https://example.com/" + "p".repeat(240))
					.build()),
				invalid("vertical", () -> BusinessProfileUpdate.builder().vertical(BusinessVertical.UNKNOWN).build()),
				invalid("fields", () -> BusinessProfileUpdate.builder().build()));
	}

	private static Arguments invalid(String field, Supplier<?> input) {
		return Arguments.of(field, input);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidProfileUpdates")
	void anInvalidProfileUpdateFailsNamingTheFieldBeforeAnyCall(String field, Supplier<?> update) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(update::get)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
		assertThat(simulator.recorder().managementCalls()).isEmpty();
	}

	@Test
	void theAccountsNumbersAreListedAcrossPages() {
		List<BusinessPhoneNumber> numbers = this.whatsApp.phoneNumbers().list();

		assertThat(numbers).extracting(BusinessPhoneNumber::id).containsExactly(NUMBERS);
		assertThat(simulator.recorder().managementCalls()).hasSize(2);
		assertThat(numbers.get(0).qualityRating()).isEqualTo(QualityRating.GREEN);
		assertThat(numbers.get(0).displayPhoneNumber()).isEqualTo("15550000001");
	}

	@Test
	void oneNumberReadsNameStatusQualityThroughputAndMessagingLimit() {
		simulator.phoneNumber().qualityRating("YELLOW").throughputLevel("HIGH");

		BusinessPhoneNumber number = this.whatsApp.phoneNumbers().get(simulator.phoneNumberId());

		assertThat(number.verifiedName()).isEqualTo("WhatsApp Simulator");
		assertThat(number.nameStatus()).isEqualTo(NameStatus.APPROVED);
		assertThat(number.qualityRating()).isEqualTo(QualityRating.YELLOW);
		assertThat(number.throughputLevel()).isEqualTo("HIGH");
		assertThat(number.messagingTier()).contains(MessagingTier.TIER_250);
		assertThat(number.status()).isEqualTo("CONNECTED");
		assertThat(simulator.recorder().fieldReadCount()).isEqualTo(1);
	}

	@Test
	void aQualityRatingMetaAddedAfterThisReleaseIsUnknownButKeepsItsRawValue() {
		simulator.phoneNumber().qualityRating("ORANGE");

		BusinessPhoneNumber number = this.whatsApp.phoneNumbers().get(simulator.phoneNumberId());

		assertThat(number.qualityRating()).isEqualTo(QualityRating.UNKNOWN);
		assertThat(number.qualityRatingValue()).isEqualTo("ORANGE");
	}

	@Test
	void aBlockedUserCannotBeMessagedUntilUnblocked() {
		BlockResult blocked = this.whatsApp.blocking().block("+15550001111");
		assertThat(blocked.isComplete()).isTrue();
		assertThat(blocked.changed()).containsExactly(new BlockedUser("+15550001111", "15550001111"));

		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.whatsApp.send("+15550001111", "Hello"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(130403));
		assertThat(this.whatsApp.from(SECOND_NUMBER).send("+15550001111", "Hello").messageId())
			.as("the block list is per number")
			.startsWith("wamid.");

		assertThat(this.whatsApp.blocking().unblock("15550001111").changed()).extracting(BlockedUser::waId)
			.containsExactly("15550001111");
		assertThat(this.whatsApp.send("+15550001111", "Hello").messageId()).startsWith("wamid.");
	}

	@Test
	void aPartialFailureIsReportedPerUserAndTheOthersAreBlocked() {
		BlockResult result = this.whatsApp.blocking().block("15550001111", NOT_ON_WHATSAPP, "15550000001");

		assertThat(result.isComplete()).isFalse();
		assertThat(result.changed()).extracting(BlockedUser::waId).containsExactly("15550001111");
		assertThat(result.failed()).extracting(BlockFailure::input, BlockFailure::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NOT_ON_WHATSAPP, 131047),
					org.assertj.core.groups.Tuple.tuple("15550000001", 131021));
		assertThat(simulator.blockList().blocked(simulator.phoneNumberId())).containsExactly("15550001111");
	}

	@Test
	void theBlockListIsReadPageByPageAndAsAStream() {
		List<String> users = IntStream.range(0, 5).mapToObj((i) -> "1555000200" + i).toList();
		this.whatsApp.blocking().block(users);

		GraphPage<BlockedUser> first = this.whatsApp.blocking().list(2, null);
		assertThat(first.items()).extracting(BlockedUser::waId).containsExactly(users.get(0), users.get(1));
		assertThat(this.whatsApp.blocking().list(2, first.after()).items()).extracting(BlockedUser::waId)
			.containsExactly(users.get(2), users.get(3));
		assertThat(this.whatsApp.blocking().stream().map(BlockedUser::waId).collect(Collectors.toList()))
			.isEqualTo(users);
	}

	@Test
	void invalidBlockInputFailsNamingTheFieldBeforeAnyCall() {
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.whatsApp.blocking().block(List.of()))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("block_users"));
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.whatsApp.blocking().block("15550001111", "not a number"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("block_users[1].user"));
		assertThatExceptionOfType(WhatsAppValidationException.class)
			.isThrownBy(() -> this.whatsApp.blocking().list(0, null))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("limit"));
		assertThat(simulator.recorder().managementCalls()).isEmpty();
	}

}
