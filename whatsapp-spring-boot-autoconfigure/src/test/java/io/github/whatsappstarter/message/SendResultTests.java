package io.github.whatsappstarter.message;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SendResult}: parsing Meta's success response and bundling counts.
 */
class SendResultTests {

	@Test
	void parsesSuccessResponseWithMessageStatus() {
		SendResult result = SendResult.parse(bytes("""
				{"messaging_product":"whatsapp","contacts":[{"input":"+15550001111","wa_id":"15550001111"}],
				 "messages":[{"id":"wamid.HBgL1","message_status":"held_for_quality_assessment"}]}
				"""), "+15550001111");
		assertThat(result).isEqualTo(new SendResult("wamid.HBgL1", "+15550001111", "15550001111",
				"held_for_quality_assessment", 1));
		assertThat(result.bundled()).isFalse();
	}

	@Test
	void readsAbsentMessageStatusAsAccepted() {
		SendResult result = SendResult.parse(bytes("""
				{"messaging_product":"whatsapp","contacts":[{"input":"+15550001111","wa_id":"15550001112"}],
				 "messages":[{"id":"wamid.HBgL2"}]}
				"""), "+15550001111");
		assertThat(result.messageId()).isEqualTo("wamid.HBgL2");
		assertThat(result.waId()).isEqualTo("15550001112");
		assertThat(result.messageStatus()).isEqualTo("accepted");
	}

	@Test
	void leavesWaIdNullWhenContactsAreMissing() {
		SendResult result = SendResult.parse(bytes("""
				{"messages":[{"id":"wamid.X","message_status":"accepted"}]}"""), "15550001111");
		assertThat(result.waId()).isNull();
		assertThat(result.recipient()).isEqualTo("15550001111");
	}

	@Test
	void rejectsBodyThatIsNotJson() {
		assertThatIllegalStateException().isThrownBy(() -> SendResult.parse(bytes("<html>502</html>"), "15550001111"))
			.withMessageContaining("not JSON");
	}

	@Test
	void rejectsBodyWithoutMessageId() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SendResult.parse(bytes("{\"messages\":[]}"), "1555000"))
			.withMessageContaining("messages[0].id");
		assertThatIllegalStateException()
			.isThrownBy(() -> SendResult.parse(bytes("{\"messages\":[{\"id\":42}]}"), "1555000"));
	}

	@Test
	void rejectsEmptyBody() {
		assertThatIllegalStateException().isThrownBy(() -> SendResult.parse(new byte[0], "15550001111"));
	}

	@Test
	void marksResultsWithMoreThanOneMergedMessageAsBundled() {
		SendResult single = SendResult.of("wamid.A", "15550001111", null, null);
		assertThat(single.bundledCount()).isEqualTo(1);
		SendResult merged = single.withBundledCount(3);
		assertThat(merged.bundled()).isTrue();
		assertThat(merged.bundledCount()).isEqualTo(3);
		assertThat(merged.messageId()).isEqualTo("wamid.A");
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
