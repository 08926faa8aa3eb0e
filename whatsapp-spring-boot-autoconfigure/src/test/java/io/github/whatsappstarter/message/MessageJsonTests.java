package io.github.whatsappstarter.message;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the JSON written for each message type with Meta's documented example bodies
 * ({@code cloud-api.md} section 7), as trees. Meta's examples that omit
 * {@code "recipient_type":"individual"} get it added, since the starter always sends it.
 */
class MessageJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void writesTextLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage
			.text("+15550001111", "Your order has shipped: https://example.com/t/42")
			.withPreviewUrl(true);
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111",
				 "type":"text","text":{"body":"Your order has shipped: https://example.com/t/42","preview_url":true}}
				""");
	}

	@Test
	void writesABusinessScopedUserIdAsRecipientLikeMetasExample() {
		assertJson(WhatsAppMessage.text("US.13491208655302741918", "Hello"), """
				{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
				 "type":"text","text":{"body":"Hello"}}
				""");
	}

	@Test
	void omitsPreviewUrlWhenNotRequested() {
		assertJson(WhatsAppMessage.text("15550001111", "hi"), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"15550001111",
				 "type":"text","text":{"body":"hi"}}
				""");
	}

	@Test
	void writesReplyContextAndCallbackData() {
		WhatsAppMessage message = WhatsAppMessage.text("+15550001111", "Sure").replyingTo("wamid.ABC")
			.withCallbackData("order-42");
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111",
				 "type":"text","text":{"body":"Sure"},"context":{"message_id":"wamid.ABC"},
				 "biz_opaque_callback_data":"order-42"}
				""");
	}

	@Test
	void writesTemplateLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage.template("+15550001111", "shipping_update", "en_US")
			.languagePolicy("deterministic")
			.header(TemplateParameter.image(MediaSource.id("1234567890")))
			.body(TemplateParameter.text("Ada"), TemplateParameter.currency("$12.50", "USD", 12500),
					TemplateParameter.dateTime("June 3, 2026"))
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("TRACK"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"shipping_update","language":{"code":"en_US","policy":"deterministic"},
				  "components":[
				   {"type":"header","parameters":[{"type":"image","image":{"id":"1234567890"}}]},
				   {"type":"body","parameters":[{"type":"text","text":"Ada"},
				     {"type":"currency","currency":{"fallback_value":"$12.50","code":"USD","amount_1000":12500}},
				     {"type":"date_time","date_time":{"fallback_value":"June 3, 2026"}}]},
				   {"type":"button","sub_type":"quick_reply","index":"0",
				    "parameters":[{"type":"payload","payload":"TRACK"}]}]}}
				""");
	}

	@Test
	void writesTemplateWithoutParametersAndWithUrlButton() {
		WhatsAppMessage message = WhatsAppMessage.template("+15550001111", "hello_world", "en_US").build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"hello_world","language":{"code":"en_US"}}}
				""");
		WhatsAppMessage withUrl = WhatsAppMessage.template("+15550001111", "track", "de")
			.button(ButtonSubType.URL, 1, TemplateParameter.text("42"))
			.build();
		assertJson(withUrl, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"template",
				 "template":{"name":"track","language":{"code":"de"},"components":[
				  {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"42"}]}]}}
				""");
	}

	@Test
	void writesDocumentLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage.document("+15550001111", MediaSource.id("998877"))
			.withFilename("receipt.pdf")
			.withCaption("Receipt for order 42");
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"document",
				 "document":{"id":"998877","filename":"receipt.pdf","caption":"Receipt for order 42"}}
				""");
	}

	@Test
	void writesOtherMediaByLinkOrId() {
		MediaSource link = MediaSource.link("https://example.com/a.png");
		assertJson(WhatsAppMessage.image("+15550001111", link).withCaption("A"), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"image",
				 "image":{"link":"https://example.com/a.png","caption":"A"}}
				""");
		assertJson(WhatsAppMessage.video("+15550001111", MediaSource.id("7")).withCaption("V"), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"video",
				 "video":{"id":"7","caption":"V"}}
				""");
		assertJson(WhatsAppMessage.audio("+15550001111", MediaSource.id("8")), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"audio",
				 "audio":{"id":"8"}}
				""");
		assertJson(WhatsAppMessage.sticker("+15550001111", MediaSource.id("9")), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"sticker",
				 "sticker":{"id":"9"}}
				""");
	}

	@Test
	void writesReplyButtonsLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage.buttons("+15550001111", "Deliver tomorrow?")
			.footer("Reply below")
			.button("ok", "Yes")
			.button("later", "Pick a day")
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"interactive",
				 "interactive":{"type":"button","body":{"text":"Deliver tomorrow?"},"footer":{"text":"Reply below"},
				  "action":{"buttons":[{"type":"reply","reply":{"id":"ok","title":"Yes"}},
				                       {"type":"reply","reply":{"id":"later","title":"Pick a day"}}]}}}
				""");
	}

	@Test
	void writesTextAndMediaHeadersOfInteractiveMessages() {
		WhatsAppMessage text = WhatsAppMessage.buttons("+15550001111", "Body").header("Title").button("a", "A").build();
		assertThat(tree(text).at("/interactive/header")).isEqualTo(parse("""
				{"type":"text","text":"Title"}"""));
		WhatsAppMessage image = WhatsAppMessage.buttons("+15550001111", "Body")
			.header(InteractiveHeader.image(MediaSource.link("https://example.com/h.png")))
			.button("a", "A")
			.build();
		assertThat(tree(image).at("/interactive/header")).isEqualTo(parse("""
				{"type":"image","image":{"link":"https://example.com/h.png"}}"""));
	}

	@Test
	void writesListLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage.list("+15550001111", "Choose a slot", "Slots")
			.section("Tomorrow", ListRow.of("am", "Morning", "08:00-12:00"))
			.build();
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"interactive",
				 "interactive":{"type":"list","body":{"text":"Choose a slot"},
				  "action":{"button":"Slots","sections":[{"title":"Tomorrow",
				    "rows":[{"id":"am","title":"Morning","description":"08:00-12:00"}]}]}}}
				""");
	}

	@Test
	void writesCtaUrl() {
		WhatsAppMessage message = WhatsAppMessage.ctaUrl("+15550001111", "Track your parcel", "Track",
				"https://example.com/t/42");
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"interactive",
				 "interactive":{"type":"cta_url","body":{"text":"Track your parcel"},
				  "action":{"name":"cta_url","parameters":{"display_text":"Track","url":"https://example.com/t/42"}}}}
				""");
	}

	@Test
	void writesReactionLikeMetasExample() {
		WhatsAppMessage message = WhatsAppMessage.reaction("+15550001111", "wamid.ABC", "\uD83D\uDC4D");
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"reaction",
				 "reaction":{"message_id":"wamid.ABC","emoji":"\\uD83D\\uDC4D"}}
				""");
	}

	@Test
	void writesEmptyEmojiToRemoveAReaction() {
		assertThat(tree(WhatsAppMessage.reaction("+15550001111", "wamid.ABC", "")).at("/reaction/emoji").stringValue())
			.isEmpty();
	}

	@Test
	void writesLocationLikeMetasDescription() {
		WhatsAppMessage message = WhatsAppMessage.location("+15550001111", 52.52, 13.405)
			.withName("Office")
			.withAddress("Alexanderplatz 1, Berlin");
		assertJson(message, """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"location",
				 "location":{"latitude":52.52,"longitude":13.405,"name":"Office","address":"Alexanderplatz 1, Berlin"}}
				""");
	}

	@Test
	void writesContactsLikeMetasDescription() {
		Contact ada = Contact.of("Ada Lovelace")
			.withName(new Contact.Name("Ada Lovelace", "Ada", "Lovelace"))
			.withPhone(new Contact.Phone("+1 555 000 1111", "WORK", "15550001111"))
			.withEmail(new Contact.Email("ada@example.com", "WORK"))
			.withOrg(new Contact.Org("Analytical Engines", null, "Programmer"))
			.withUrl(new Contact.Url("https://example.com", null))
			.withAddress(new Contact.Address("1 Main St", "London", null, "N1", "United Kingdom", "GB", "WORK"))
			.withBirthday(LocalDate.of(1815, 12, 10));
		assertJson(WhatsAppMessage.contacts("+15550001111", ada, Contact.of("Bob")), """
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"+15550001111","type":"contacts",
				 "contacts":[{"name":{"formatted_name":"Ada Lovelace","first_name":"Ada","last_name":"Lovelace"},
				   "phones":[{"phone":"+1 555 000 1111","type":"WORK","wa_id":"15550001111"}],
				   "emails":[{"email":"ada@example.com","type":"WORK"}],
				   "org":{"company":"Analytical Engines","title":"Programmer"},
				   "urls":[{"url":"https://example.com"}],
				   "addresses":[{"street":"1 Main St","city":"London","zip":"N1","country":"United Kingdom",
				     "country_code":"GB","type":"WORK"}],
				   "birthday":"1815-12-10"},
				  {"name":{"formatted_name":"Bob"}}]}
				""");
	}

	@Test
	void writesMarkAsReadLikeMetasExample() {
		assertThat(parse(MessageJson.write(MarkAsRead.of("wamid.ABC")))).isEqualTo(parse("""
				{"messaging_product":"whatsapp","status":"read","message_id":"wamid.ABC"}"""));
		assertThat(parse(MessageJson.write(MarkAsRead.of("wamid.ABC").withTypingIndicator()))).isEqualTo(parse("""
				{"messaging_product":"whatsapp","status":"read","message_id":"wamid.ABC",
				 "typing_indicator":{"type":"text"}}"""));
	}

	@Test
	void writesNoNullsAnywhere() {
		WhatsAppMessage message = WhatsAppMessage.list("+15550001111", "Pick", "Open")
			.section(null, ListRow.of("a", "A"))
			.build();
		assertThat(new String(MessageJson.write(message), StandardCharsets.UTF_8)).doesNotContain("null");
		assertThat(tree(message).at("/interactive/action/sections/0").has("title")).isFalse();
	}

	private static void assertJson(WhatsAppMessage message, String expected) {
		assertThat(tree(message)).isEqualTo(parse(expected));
	}

	private static JsonNode tree(WhatsAppMessage message) {
		return parse(MessageJson.write(message));
	}

	private static JsonNode parse(String json) {
		return MAPPER.readTree(json);
	}

	private static JsonNode parse(byte[] json) {
		return MAPPER.readTree(json);
	}

}
