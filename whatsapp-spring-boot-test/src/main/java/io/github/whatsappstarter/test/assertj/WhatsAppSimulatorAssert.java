package io.github.whatsappstarter.test.assertj;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.whatsappstarter.test.simulator.Outcome;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * AssertJ assertions on the requests a {@link WhatsAppSimulator} received, e.g.
 * {@code assertThat(simulator).hasSentText("+15550001111", "Hello").hasNoErrors().maxPerSecondAtMost(80)}.
 * Every assertion reads a snapshot of the simulator's records; wrap it in Awaitility's {@code untilAsserted} for
 * sends that are still under way. Recipients are compared by their digits (a leading '+' is ignored).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSimulatorAssert extends AbstractAssert<WhatsAppSimulatorAssert, WhatsAppSimulator> {

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Create an assertion on a simulator.
	 * @param actual the simulator
	 */
	protected WhatsAppSimulatorAssert(@Nullable WhatsAppSimulator actual) {
		super(actual, WhatsAppSimulatorAssert.class);
	}

	/**
	 * Start assertions on a simulator.
	 * @param actual the simulator
	 * @return the assertion
	 */
	public static WhatsAppSimulatorAssert assertThat(@Nullable WhatsAppSimulator actual) {
		return new WhatsAppSimulatorAssert(actual);
	}

	/**
	 * Verify that a text with exactly this body was accepted for the recipient.
	 * @param recipient the recipient
	 * @param text the text body
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasSentText(String recipient, String text) {
		List<String> texts = accepted(recipient).stream()
			.filter((record) -> "text".equals(record.type()))
			.map(WhatsAppSimulatorAssert::textBody)
			.toList();
		if (!texts.contains(text)) {
			failWithMessage("Expected a text <%s> to be sent to <%s> but the texts accepted for it were <%s>", text,
					recipient, texts);
		}
		return this;
	}

	/**
	 * Verify that at least one message was accepted for the recipient.
	 * @param recipient the recipient
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasSentTo(String recipient) {
		if (accepted(recipient).isEmpty()) {
			failWithMessage("Expected a message to be sent to <%s> but none was accepted for it; recipients: <%s>",
					recipient, acceptedRecipients());
		}
		return this;
	}

	/**
	 * Verify that exactly this many messages were accepted for the recipient.
	 * @param recipient the recipient
	 * @param count the expected number of accepted messages
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasSentTo(String recipient, int count) {
		int actualCount = accepted(recipient).size();
		if (actualCount != count) {
			failWithMessage("Expected <%d> messages to be sent to <%s> but <%d> were accepted", count, recipient,
					actualCount);
		}
		return this;
	}

	/**
	 * Verify that no message was accepted for the recipient.
	 * @param recipient the recipient
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasSentNothingTo(String recipient) {
		return hasSentTo(recipient, 0);
	}

	/**
	 * Verify that exactly this many messages were accepted, for any recipient.
	 * @param count the expected number of accepted messages
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasSent(long count) {
		isNotNull();
		long actualCount = this.actual.recorder().acceptedCount();
		if (actualCount != count) {
			failWithMessage("Expected <%d> messages to be sent but <%d> were accepted", count, actualCount);
		}
		return this;
	}

	/**
	 * Verify that no request was answered with an error: no Graph error code (limits, validation, token) and no
	 * injected fault.
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasNoErrors() {
		List<RequestRecord> errors = records().stream()
			.filter((record) -> record.outcome() == Outcome.REJECTED || record.outcome() == Outcome.FAULT)
			.toList();
		if (!errors.isEmpty()) {
			failWithMessage("Expected no errors but <%d> requests failed; by Graph code: <%s>, first: <%s>",
					errors.size(), this.actual.recorder().countsByErrorCode(), describe(errors.get(0)));
		}
		return this;
	}

	/**
	 * Verify that this many requests were answered with the Graph error code, e.g. 131056 or 130429.
	 * @param code the Graph error code
	 * @param count the expected number of answers with it
	 * @return this
	 */
	public WhatsAppSimulatorAssert hasErrors(int code, long count) {
		isNotNull();
		long actualCount = this.actual.recorder().countErrorCode(code);
		if (actualCount != count) {
			failWithMessage("Expected <%d> answers with Graph code <%d> but found <%d>; by Graph code: <%s>", count,
					code, actualCount, this.actual.recorder().countsByErrorCode());
		}
		return this;
	}

	/**
	 * Verify that no sliding one-second window holds more than this many accepted messages (by their arrival
	 * time, over all numbers): what Meta's throughput limit counts.
	 * @param messages the most accepted messages allowed in any second
	 * @return this
	 */
	public WhatsAppSimulatorAssert maxPerSecondAtMost(int messages) {
		isNotNull();
		int max = this.actual.recorder().maxAcceptedInWindow(Duration.ofSeconds(1));
		if (max > messages) {
			failWithMessage("Expected at most <%d> accepted messages in any 1 s window but found <%d>", messages, max);
		}
		return this;
	}

	/**
	 * Verify that any two accepted messages to the recipient arrived at least this far apart (what Meta's pair
	 * rate counts); passes with fewer than two messages.
	 * @param recipient the recipient
	 * @param spacing the shortest allowed time between two of its messages
	 * @return this
	 */
	public WhatsAppSimulatorAssert minSpacingAtLeast(String recipient, Duration spacing) {
		isNotNull();
		Optional<Duration> min = this.actual.recorder().minSpacing(recipient);
		if (min.isPresent() && min.get().compareTo(spacing) < 0) {
			failWithMessage("Expected messages to <%s> at least <%s> apart but two arrived <%s> apart", recipient,
					spacing, min.get());
		}
		return this;
	}

	private List<RequestRecord> records() {
		isNotNull();
		return this.actual.recorder().records();
	}

	private List<RequestRecord> accepted(String recipient) {
		String digits = digits(recipient);
		return records().stream()
			.filter((record) -> record.accepted() && digits.equals(record.recipient()))
			.toList();
	}

	private List<String> acceptedRecipients() {
		return records().stream()
			.filter(RequestRecord::accepted)
			.map(RequestRecord::recipient)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	private static String digits(String recipient) {
		return recipient.startsWith("+") ? recipient.substring(1) : recipient;
	}

	private static String textBody(RequestRecord record) {
		if (record.body() == null) {
			return "(body not recorded)";
		}
		try {
			return json.readTree(record.body()).path("text").path("body").asString();
		}
		catch (JacksonException ex) {
			return "(unreadable body)";
		}
	}

	private static String describe(RequestRecord record) {
		return record.outcome() + " " + ((record.errorCode() != 0) ? "code " + record.errorCode() + " " : "")
				+ ((record.fault() != null) ? "fault " + record.fault() + " " : "") + "HTTP " + record.httpStatus()
				+ " to " + record.recipient();
	}

}
