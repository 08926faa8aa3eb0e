package io.github.whatsappstarter.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * One test per validation rule: each builds an invalid message and checks the field the
 * exception names.
 */
class MessageValidationTests {

	private static final String TO = "+15550001111";

	// recipient

	@Test
	void rejectsNullRecipient() {
		assertInvalid(() -> WhatsAppMessage.text(null, "hi"), "to");
	}

	@Test
	void rejectsEmptyRecipient() {
		assertInvalid(() -> WhatsAppMessage.text("   ", "hi"), "to");
	}

	@Test
	void rejectsRecipientWithLettersOrInnerSpaces() {
		assertInvalid(() -> WhatsAppMessage.text("+1555abc1111", "hi"), "to");
		assertInvalid(() -> WhatsAppMessage.text("+1 555 000 1111", "hi"), "to");
	}

	@Test
	void rejectsRecipientWithFewerThan7OrMoreThan15Digits() {
		assertInvalid(() -> WhatsAppMessage.text("+123456", "hi"), "to");
		assertInvalid(() -> WhatsAppMessage.text("1234567890123456", "hi"), "to");
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.text("1234567", "hi"));
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.text("+123456789012345", "hi"));
	}

	@Test
	void trimsRecipientAndKeysLimiterOnDigitsOnly() {
		TextMessage message = WhatsAppMessage.text("  +15550001111 ", "hi");
		assertThat(message.to()).isEqualTo("+15550001111");
		assertThat(message.recipientKey()).isEqualTo("15550001111");
		assertThat(WhatsAppMessage.text("15550001111", "hi").recipientKey()).isEqualTo("15550001111");
	}

	@Test
	void acceptsBusinessScopedUserIdsAndParentIdsAndKeysTheLimiterOnThemUnchanged() {
		TextMessage message = WhatsAppMessage.text(" US.13491208655302741918 ", "hi");
		assertThat(message.to()).isEqualTo("US.13491208655302741918");
		assertThat(message.recipientKey()).isEqualTo("US.13491208655302741918");
		assertThat(WhatsAppMessage.text("US.ENT.11815799212886844830", "hi").recipientKey())
			.isEqualTo("US.ENT.11815799212886844830");
		assertThat(WhatsAppMessage.text("BR.1502576394655843", "hi").recipientKey()).isEqualTo("BR.1502576394655843");
	}

	@Test
	void rejectsMalformedBusinessScopedUserIdsNamingTheRecipientField() {
		assertInvalid(() -> WhatsAppMessage.text("us.1349120865", "hi"), "recipient");
		assertInvalid(() -> WhatsAppMessage.text("USA.1349120865", "hi"), "recipient");
		assertInvalid(() -> WhatsAppMessage.text("US.", "hi"), "recipient");
		assertInvalid(() -> WhatsAppMessage.text("US.1349-1208", "hi"), "recipient");
		assertInvalid(() -> WhatsAppMessage.text("US." + "1".repeat(129), "hi"), "recipient");
		assertInvalid(() -> WhatsAppMessage.text("+1555.0001111", "hi"), "recipient");
		// no period: checked as a phone number
		assertInvalid(() -> WhatsAppMessage.text("not-a-number", "hi"), "to");
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.text("US." + "a".repeat(128), "hi"));
	}

	// text

	@Test
	void rejectsNullTextBody() {
		assertInvalid(() -> WhatsAppMessage.text(TO, null), "text.body");
	}

	@Test
	void rejectsBlankTextBody() {
		assertInvalid(() -> WhatsAppMessage.text(TO, " \n\t"), "text.body");
	}

	@Test
	void rejectsTextLongerThan4096Characters() {
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.text(TO, "a".repeat(4096)));
		assertInvalid(() -> WhatsAppMessage.text(TO, "a".repeat(4097)), "text.body");
	}

	@Test
	void countsTextLengthInUtf16Units() {
		// 2048 emoji are 2048 code points but 4096 UTF-16 units: allowed; one more is not
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.text(TO, "\uD83D\uDC4D".repeat(2048)));
		assertInvalid(() -> WhatsAppMessage.text(TO, "\uD83D\uDC4D".repeat(2049)), "text.body");
	}

	@Test
	void revalidatesBodyReplacedWithWither() {
		assertInvalid(() -> WhatsAppMessage.text(TO, "hi").withBody("a".repeat(4097)), "text.body");
	}

	// envelope

	@Test
	void rejectsBlankReplyTarget() {
		assertInvalid(() -> WhatsAppMessage.text(TO, "hi").replyingTo(" "), "context.message_id");
	}

	@Test
	void rejectsCallbackDataLongerThan512Characters() {
		assertInvalid(() -> WhatsAppMessage.text(TO, "hi").withCallbackData("x".repeat(513)),
				"biz_opaque_callback_data");
	}

	// media

	@Test
	void rejectsMediaWithNeitherIdNorLink() {
		assertInvalid(() -> new MediaSource(null, null), "media");
	}

	@Test
	void rejectsMediaWithBothIdAndLink() {
		assertInvalid(() -> new MediaSource("1", "https://example.com/a.png"), "media");
	}

	@Test
	void rejectsBlankMediaId() {
		assertInvalid(() -> MediaSource.id(""), "media.id");
	}

	@Test
	void rejectsMissingMedia() {
		assertInvalid(() -> WhatsAppMessage.image(TO, null), "image");
	}

	@Test
	void rejectsCaptionLongerThan1024Characters() {
		MediaSource media = MediaSource.id("1");
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.image(TO, media).withCaption("c".repeat(1024)));
		assertInvalid(() -> WhatsAppMessage.image(TO, media).withCaption("c".repeat(1025)), "image.caption");
		assertInvalid(() -> WhatsAppMessage.video(TO, media).withCaption("c".repeat(1025)), "video.caption");
		assertInvalid(() -> WhatsAppMessage.document(TO, media).withCaption("c".repeat(1025)), "document.caption");
	}

	// interactive

	@Test
	void rejectsInteractiveBodyLongerThan1024Characters() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "b".repeat(1025)).button("a", "A").build(),
				"interactive.body.text");
	}

	@Test
	void rejectsInteractiveFooterLongerThan60Characters() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").footer("f".repeat(61)).button("a", "A").build(),
				"interactive.footer.text");
	}

	@Test
	void rejectsInteractiveHeaderTextLongerThan60Characters() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").header("h".repeat(61)), "interactive.header.text");
	}

	@Test
	void rejectsUnknownInteractiveHeaderType() {
		assertInvalid(() -> new InteractiveHeader("audio", null, MediaSource.id("1")), "interactive.header.type");
		assertInvalid(() -> new InteractiveHeader(null, "text", null), "interactive.header.type");
	}

	@Test
	void rejectsReplyButtonsWithoutButtons() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").build(), "interactive.action.buttons");
	}

	@Test
	void rejectsMoreThanThreeReplyButtons() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body")
			.button("1", "One")
			.button("2", "Two")
			.button("3", "Three")
			.button("4", "Four")
			.build(), "interactive.action.buttons");
	}

	@Test
	void rejectsReplyButtonTitleLongerThan20Characters() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").button("a", "t".repeat(21)),
				"interactive.action.buttons.reply.title");
	}

	@Test
	void rejectsDuplicateReplyButtonTitles() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").button("a", "Yes").button("b", "Yes").build(),
				"interactive.action.buttons.reply.title");
	}

	@Test
	void rejectsReplyButtonIdLongerThan256Characters() {
		assertInvalid(() -> WhatsAppMessage.buttons(TO, "Body").button("i".repeat(257), "A"),
				"interactive.action.buttons.reply.id");
	}

	@Test
	void rejectsListWithoutSections() {
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "Open").build(), "interactive.action.sections");
	}

	@Test
	void rejectsListSectionWithoutRows() {
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "Open").section("S"), "interactive.action.sections.rows");
	}

	@Test
	void rejectsListWithMoreThan10RowsInTotal() {
		ListRow[] six = rows(6);
		ListRow[] five = rows(5);
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "Open").section("A", six).section("B", five).build(),
				"interactive.action.sections.rows");
	}

	@Test
	void rejectsListSectionTitleLongerThan24Characters() {
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "Open").section("s".repeat(25), rows(1)),
				"interactive.action.sections.title");
	}

	@Test
	void rejectsUntitledSectionsWhenThereAreSeveral() {
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "Open")
			.section(null, rows(1))
			.section("B", rows(1))
			.build(), "interactive.action.sections.title");
	}

	@Test
	void rejectsListRowTitleLongerThan24Characters() {
		assertInvalid(() -> ListRow.of("id", "t".repeat(25)), "interactive.action.sections.rows.title");
	}

	@Test
	void rejectsListRowDescriptionLongerThan72Characters() {
		assertInvalid(() -> ListRow.of("id", "Title", "d".repeat(73)), "interactive.action.sections.rows.description");
	}

	@Test
	void rejectsListButtonLabelLongerThan20Characters() {
		assertInvalid(() -> WhatsAppMessage.list(TO, "Body", "b".repeat(21)).section("S", rows(1)).build(),
				"interactive.action.button");
	}

	@Test
	void rejectsCtaUrlWithoutUrl() {
		assertInvalid(() -> WhatsAppMessage.ctaUrl(TO, "Body", "Open", " "), "interactive.action.parameters.url");
	}

	// template

	@Test
	void rejectsTemplateWithoutName() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "", "en_US").build(), "template.name");
	}

	@Test
	void rejectsTemplateWithoutLanguage() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "hello_world", null).build(), "template.language.code");
	}

	@Test
	void rejectsPayloadInTemplateHeader() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").header(TemplateParameter.payload("P")).build(),
				"template.components.header");
	}

	@Test
	void rejectsMediaInTemplateBody() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.body(TemplateParameter.image(MediaSource.id("1")))
			.build(), "template.components.body");
	}

	@Test
	void rejectsQuickReplyButtonWithTextParameter() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.text("x")),
				"template.components.button.parameters");
	}

	@Test
	void rejectsNegativeTemplateButtonIndex() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.URL, -1, TemplateParameter.text("x")), "template.components.button.index");
	}

	@Test
	void rejectsTemplateMediaParameterOfUnknownKind() {
		assertInvalid(() -> new TemplateParameter.Media("audio", MediaSource.id("1")),
				"template.components.parameters.type");
	}

	@Test
	void rejectsCurrencyWithoutCode() {
		assertInvalid(() -> TemplateParameter.currency("$1", "", 1000),
				"template.components.parameters.currency.code");
	}

	// contacts

	@Test
	void rejectsContactsMessageWithoutContacts() {
		assertInvalid(() -> WhatsAppMessage.contacts(TO), "contacts");
	}

	@Test
	void rejectsMoreThan257Contacts() {
		List<Contact> contacts = new ArrayList<>(Collections.nCopies(257, Contact.of("Ada")));
		assertThatNoException().isThrownBy(() -> new ContactsMessage(TO, contacts, null, null));
		contacts.add(Contact.of("Bob"));
		assertInvalid(() -> new ContactsMessage(TO, contacts, null, null), "contacts");
	}

	@Test
	void rejectsContactWithoutFormattedName() {
		assertInvalid(() -> Contact.of(" "), "contacts.name.formatted_name");
	}

	@Test
	void rejectsNullContact() {
		assertInvalid(() -> WhatsAppMessage.contacts(TO, Contact.of("Ada"), null), "contacts");
	}

	// location

	@Test
	void rejectsLatitudeOutsideMinus90To90() {
		assertThatNoException().isThrownBy(() -> WhatsAppMessage.location(TO, -90, 180));
		assertInvalid(() -> WhatsAppMessage.location(TO, 90.01, 0), "location.latitude");
		assertInvalid(() -> WhatsAppMessage.location(TO, Double.NaN, 0), "location.latitude");
	}

	@Test
	void rejectsLongitudeOutsideMinus180To180() {
		assertInvalid(() -> WhatsAppMessage.location(TO, 0, -180.5), "location.longitude");
	}

	// reaction and mark-as-read

	@Test
	void rejectsReactionWithoutMessageId() {
		assertInvalid(() -> WhatsAppMessage.reaction(TO, null, "x"), "reaction.message_id");
	}

	@Test
	void rejectsReactionWithNullEmoji() {
		assertInvalid(() -> WhatsAppMessage.reaction(TO, "wamid.A", null), "reaction.emoji");
	}

	@Test
	void rejectsMarkAsReadWithoutMessageId() {
		assertInvalid(() -> MarkAsRead.of(""), "message_id");
	}

	private static ListRow[] rows(int count) {
		ListRow[] rows = new ListRow[count];
		for (int i = 0; i < count; i++) {
			rows[i] = ListRow.of("r" + i, "Row " + i);
		}
		return rows;
	}

	private static void assertInvalid(ThrowingCallable call, String field) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

}
