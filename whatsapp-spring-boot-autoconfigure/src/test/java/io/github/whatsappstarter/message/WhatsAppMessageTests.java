package io.github.whatsappstarter.message;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the factories and "wither" methods of {@link WhatsAppMessage}: types, immutability and
 * the envelope fields every message carries.
 */
class WhatsAppMessageTests {

	private static final String TO = "+15550001111";

	private static final MediaSource MEDIA = MediaSource.id("1");

	@Test
	void everyFactoryYieldsItsMessageType() {
		assertThat(WhatsAppMessage.text(TO, "hi").type()).isEqualTo(MessageType.TEXT);
		assertThat(WhatsAppMessage.template(TO, "t", "en").build().type()).isEqualTo(MessageType.TEMPLATE);
		assertThat(WhatsAppMessage.image(TO, MEDIA).type()).isEqualTo(MessageType.IMAGE);
		assertThat(WhatsAppMessage.audio(TO, MEDIA).type()).isEqualTo(MessageType.AUDIO);
		assertThat(WhatsAppMessage.video(TO, MEDIA).type()).isEqualTo(MessageType.VIDEO);
		assertThat(WhatsAppMessage.document(TO, MEDIA).type()).isEqualTo(MessageType.DOCUMENT);
		assertThat(WhatsAppMessage.sticker(TO, MEDIA).type()).isEqualTo(MessageType.STICKER);
		assertThat(WhatsAppMessage.buttons(TO, "b").button("a", "A").build().type()).isEqualTo(MessageType.INTERACTIVE);
		assertThat(WhatsAppMessage.list(TO, "b", "l").section("s", ListRow.of("a", "A")).build().type())
			.isEqualTo(MessageType.INTERACTIVE);
		assertThat(WhatsAppMessage.ctaUrl(TO, "b", "d", "https://e.x").type()).isEqualTo(MessageType.INTERACTIVE);
		assertThat(WhatsAppMessage.location(TO, 1, 2).type()).isEqualTo(MessageType.LOCATION);
		assertThat(WhatsAppMessage.contacts(TO, Contact.of("Ada")).type()).isEqualTo(MessageType.CONTACTS);
		assertThat(WhatsAppMessage.reaction(TO, "wamid.A", "x").type()).isEqualTo(MessageType.REACTION);
	}

	@Test
	void withersReturnNewMessagesAndLeaveTheOriginalUnchanged() {
		TextMessage original = WhatsAppMessage.text(TO, "hi");
		TextMessage changed = original.withBody("bye").withPreviewUrl(true).replyingTo("wamid.A").withCallbackData("c");
		assertThat(original).isEqualTo(new TextMessage(TO, "hi", false, null, null));
		assertThat(changed).isEqualTo(new TextMessage(TO, "bye", true, "wamid.A", "c"));
	}

	@Test
	void everyMessageTypeCanReplyAndCarryCallbackData() {
		List<WhatsAppMessage> messages = List.of(WhatsAppMessage.text(TO, "hi"),
				WhatsAppMessage.template(TO, "t", "en").build(), WhatsAppMessage.image(TO, MEDIA),
				WhatsAppMessage.audio(TO, MEDIA), WhatsAppMessage.video(TO, MEDIA), WhatsAppMessage.document(TO, MEDIA),
				WhatsAppMessage.sticker(TO, MEDIA), WhatsAppMessage.buttons(TO, "b").button("a", "A").build(),
				WhatsAppMessage.list(TO, "b", "l").section("s", ListRow.of("a", "A")).build(),
				WhatsAppMessage.ctaUrl(TO, "b", "d", "https://e.x"), WhatsAppMessage.location(TO, 1, 2),
				WhatsAppMessage.contacts(TO, Contact.of("Ada")), WhatsAppMessage.reaction(TO, "wamid.A", "x"));
		for (WhatsAppMessage message : messages) {
			WhatsAppMessage changed = message.replyingTo("wamid.R").withCallbackData("cb");
			assertThat(changed.getClass()).isEqualTo(message.getClass());
			assertThat(changed.replyTo()).isEqualTo("wamid.R");
			assertThat(changed.bizOpaqueCallbackData()).isEqualTo("cb");
			assertThat(message.replyTo()).isNull();
			assertThat(changed.to()).isEqualTo(message.to());
		}
	}

	@Test
	void builtMessagesDoNotChangeWhenTheBuilderIsReused() {
		ReplyButtonsMessage.Builder builder = WhatsAppMessage.buttons(TO, "b").button("a", "A");
		ReplyButtonsMessage first = builder.build();
		builder.button("b", "B");
		assertThat(first.buttons()).hasSize(1);
		assertThat(builder.build().buttons()).hasSize(2);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.buttons().add(new ReplyButton("c", "C")));
	}

	@Test
	void mediaSourceKeepsExactlyOneOfIdAndLink() {
		assertThat(MediaSource.id("42")).isEqualTo(new MediaSource("42", null));
		assertThat(MediaSource.link("https://e.x/a.png").id()).isNull();
	}

	@Test
	void messageTypesUseMetasWireValues() {
		assertThat(MessageType.values()).extracting(MessageType::value)
			.containsExactly("text", "template", "image", "audio", "video", "document", "sticker", "interactive",
					"location", "contacts", "reaction");
	}

}
